#!/usr/bin/env python3
"""Writes the port table of every Verilated top (read from its V<top>.h) as C++: one factory that
builds a jnic::Model of a top and lists each port's name, direction, width and storage. The tops
after --traced also have a build with tracing compiled in (class V<top>Traced), which the factory
makes when asked for a traceable model.

It also tells each model whether one evaluation per clock is enough for it: when no output of the
top follows an input within the clock (Verilator puts every logic cone from the inputs into the
input-combinational region, ico, so no output is assigned there), what the outputs show after a
clock edge is what they would show after settling the next clock's inputs, and a world need not
evaluate the clock-low half. The rising edge is then armed by setting Verilator's record of the
clock's previous value (its member named below, as Verilator 5 names it) to 0; a Verilator that
names it otherwise, or a top with such a path, gets the two evaluations.

usage: gen_ports.py OUT.cpp BUILD_DIR TOP... [--traced TOP...]
"""
import re
import sys
from pathlib import Path

PORT = re.compile(r"VL_(IN|OUT|INOUT)(8|16|64|W)?\(&(\w+),(\d+),(\d+)(?:,\d+)?\);")


def ports(header):
    found = []
    for direction, size, name, msb, lsb in PORT.findall(header.read_text()):
        if size == "W":
            sys.exit(f"gen_ports: port {name} of {header.name} is wider than 64 bits; the generic ABI stops at 64")
        if direction == "INOUT":
            sys.exit(f"gen_ports: port {name} of {header.name} is inout; not supported")
        found.append((name, direction == "IN", int(msb) - int(lsb) + 1))
    return found


FUNCTION = re.compile(r"void V\w+___024root___(\w+)\(V\w+___024root\* vlSelf\)\s*\{(.*?)\n\}", re.S)
CALL = re.compile(r"V\w+___024root___(\w+)\(vlSelf\);")
CLOCKS = ("clk", "miiClk")
CLOCK_PREVIOUS = "__Vtrigrprev__TOP__clk"
TRIGGER = re.compile(r"__VactTriggered\.at\(\d+U\)\s*=\s*(.*?);", re.S)
RISING = re.compile(r"\(\(IData\)\(vlSelf->(\w+)\)\s*&\s*\(~ \(IData\)\(vlSelf->__Vtrigrprev__TOP__(\w+)\)\)\)")


def single_evaluation(build, cls, outputs):
    """Whether the model may skip the clock-low evaluation. Only when everything below is found as
    Verilator 5 writes it; anything else keeps the two evaluations: Verilator's record of clk's
    previous value exists under the name we arm; every trigger of the active region is the rising
    edge of clk or miiClk (no falling edge or other event that a skipped evaluation would miss); and
    no output is assigned in a function the input-combinational region calls (a top without that
    region has no logic from its inputs at all)."""
    if not re.search(r"\b" + CLOCK_PREVIOUS + r";", (build / cls / f"V{cls}___024root.h").read_text()):
        return False
    functions = {}
    for source in (build / cls).glob(f"V{cls}___024root__DepSet_*.cpp"):
        if not source.name.endswith("__Slow.cpp"):
            functions.update(FUNCTION.findall(source.read_text()))
    if "eval_triggers__act" not in functions:
        return False
    triggers = TRIGGER.findall(functions["eval_triggers__act"])
    for trigger in triggers:
        rising = RISING.fullmatch(" ".join(trigger.split()))
        if not rising or rising.group(1) != rising.group(2) or rising.group(1) not in CLOCKS:
            return False
    if not triggers:
        return False
    # A top with no logic cone from its inputs has no input-combinational region at all.
    if "eval_ico" not in functions and any(name.startswith("ico_") for name in functions):
        return False
    for called in CALL.findall(functions.get("eval_ico", "")):
        body = functions.get(called)
        if body is None:
            return False
        if any(re.search(r"(vlSelf->|vlSelfRef\.)" + name + r"\b(\[\w+\])?\s*=[^=]", body) for name in outputs):
            return False
    return True


def factory(lines, build, top, cls, traced):
    lines.append(f'    if (top == "{top}" && traceable == {"true" if traced else "false"}) {{')
    lines.append(f"        auto m = std::make_unique<ModelOf<V{cls}, {'true' if traced else 'false'}>>(\"{top}\");")
    lines.append(f"        V{cls} *v = m->verilated();")
    found = ports(build / cls / f"V{cls}.h")
    for name, is_input, width in found:
        lines.append(f'        m->add_port("{name}", {"true" if is_input else "false"}, {width}, &v->{name});')
    if single_evaluation(build, cls, [name for name, is_input, _ in found if not is_input]):
        lines.append(f"        m->arm_edges_with(&v->rootp->{CLOCK_PREVIOUS});")
    lines.append("        m->finish_ports();")
    lines.append("        return m;")
    lines.append("    }")


def main():
    out, build, args = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
    split = args.index("--traced") if "--traced" in args else len(args)
    tops, traced = args[:split], args[split + 1:]
    for t in traced:
        if t not in tops:
            sys.exit(f"gen_ports: traced top {t} is not among the tops")
    lines = ["// Generated by gen_ports.py from the Verilated headers; do not edit.",
             '#include "model.h"', ""]
    lines += [f'#include "V{t}.h"' for t in tops]
    lines += [f'#include "V{t}Traced.h"' for t in traced]
    # The root classes, whose size is the models' state (Model::state_bytes).
    lines += [f'#include "V{t}___024root.h"' for t in tops]
    lines += [f'#include "V{t}Traced___024root.h"' for t in traced]
    lines += ["", "namespace jnic {", "",
              "std::unique_ptr<Model> create_model(const std::string &top, bool traceable) {"]
    for t in tops:
        factory(lines, build, t, t, False)
    for t in traced:
        factory(lines, build, t, t + "Traced", True)
    lines += ["    return nullptr;", "}", "",
              "bool has_traceable_build(const std::string &top) {",
              "    return " + (" || ".join(f'top == "{t}"' for t in traced) or "false") + ";",
              "}", "", "const char *const kTops[] = {" + ", ".join(f'"{t}"' for t in tops) + ", nullptr};",
              "", "}  // namespace jnic", ""]
    text = "\n".join(lines)
    if not out.exists() or out.read_text() != text:
        out.write_text(text)


if __name__ == "__main__":
    main()
