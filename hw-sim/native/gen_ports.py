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

Where the armed model's code is also the evaluation Verilator 5.006 writes (its eval(), its
scheduling loop and its input-combinational trigger, each compared below with the text this script
knows), the table gives the model a direct edge: the same calls into the model's regions that eval()
makes for such an edge, in the same order and leaving the scheduler's fields as eval() leaves them,
without the loops that find out, clock after clock, what is known here (the input-combinational
region runs once, the active region fires once on the rising edge, nothing fires after it), and
without eval()'s per-evaluation bookkeeping for multi-threaded models (a thread-local task number
and a message queue from other threads, which a single-threaded model never fills). A Verilator
that writes anything else gets eval().

usage: gen_ports.py OUT.cpp BUILD_DIR TOP... [--traced TOP...]
       gen_ports.py --edges OUT.h BUILD_DIR CLASS...   (the direct edges alone, for the speed bench)
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


def model_functions(build, cls):
    """The bodies of the root class's functions that run on every evaluation, by name."""
    functions = {}
    for source in (build / cls).glob(f"V{cls}___024root__DepSet_*.cpp"):
        if not source.name.endswith("__Slow.cpp"):
            functions.update(FUNCTION.findall(source.read_text()))
    return functions


def single_evaluation(build, cls, outputs):
    """Whether the model may skip the clock-low evaluation. Only when everything below is found as
    Verilator 5 writes it; anything else keeps the two evaluations: Verilator's record of clk's
    previous value exists under the name we arm; every trigger of the active region is the rising
    edge of clk or miiClk (no falling edge or other event that a skipped evaluation would miss); and
    no output is assigned in a function the input-combinational region calls (a top without that
    region has no logic from its inputs at all)."""
    if not re.search(r"\b" + CLOCK_PREVIOUS + r";", (build / cls / f"V{cls}___024root.h").read_text()):
        return False
    functions = model_functions(build, cls)
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


def normalised(body, cls):
    """A function body with Verilator's debug-only lines, comments, the class name and the source
    file's name and line taken out, and its white space made single spaces."""
    body = re.sub(r"#ifdef VL_DEBUG.*?#endif", "", body, flags=re.S)
    body = re.sub(r"VL_DEBUG_IF\(.*?\);\s*\);|VL_DEBUG_IF\(.*?\);", "", body)
    body = re.sub(r"//[^\n]*", "", body)
    body = body.replace(f"V{cls}___024root___", "ROOT___").replace(f"V{cls}__", "V__")
    body = re.sub(r'VL_FATAL_MT\("[^"]*", \d+,', "VL_FATAL_MT(FILE, LINE,", body)
    body = re.sub(r"VlTriggerVec<\d+>", "VlTriggerVec<N>", body)
    return " ".join(body.split())


# Verilator 5.006's eval() (V<top>::eval_step) and scheduling loop (root ___eval), normalised. A
# model built with tracing first marks that it ran (for the VCD writer).
TRACE_ACTIVITY = "vlSymsp->__Vm_activity = true; "
EVAL_STEP = (
    "if (VL_UNLIKELY(!vlSymsp->__Vm_didInit)) { vlSymsp->__Vm_didInit = true; ROOT___eval_static(&(vlSymsp->TOP)); "
    "ROOT___eval_initial(&(vlSymsp->TOP)); ROOT___eval_settle(&(vlSymsp->TOP)); } Verilated::mtaskId(0); "
    "ROOT___eval(&(vlSymsp->TOP)); Verilated::endOfThreadMTask(vlSymsp->__Vm_evalMsgQp); "
    "Verilated::endOfEval(vlSymsp->__Vm_evalMsgQp);")
SCHEDULE = (
    "if (false && vlSelf) {} V__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp; "
    "CData/*0:0*/ __VicoContinue; VlTriggerVec<N> __VpreTriggered; IData/*31:0*/ __VnbaIterCount; "
    "CData/*0:0*/ __VnbaContinue; vlSelf->__VicoIterCount = 0U; __VicoContinue = 1U; while (__VicoContinue) { "
    "__VicoContinue = 0U; ROOT___eval_triggers__ico(vlSelf); if (vlSelf->__VicoTriggered.any()) { "
    "__VicoContinue = 1U; if (VL_UNLIKELY((0x64U < vlSelf->__VicoIterCount))) { VL_FATAL_MT(FILE, LINE, \"\", "
    "\"Input combinational region did not converge.\"); } vlSelf->__VicoIterCount = ((IData)(1U) + "
    "vlSelf->__VicoIterCount); ROOT___eval_ico(vlSelf); } } __VnbaIterCount = 0U; __VnbaContinue = 1U; "
    "while (__VnbaContinue) { __VnbaContinue = 0U; vlSelf->__VnbaTriggered.clear(); vlSelf->__VactIterCount = 0U; "
    "vlSelf->__VactContinue = 1U; while (vlSelf->__VactContinue) { vlSelf->__VactContinue = 0U; "
    "ROOT___eval_triggers__act(vlSelf); if (vlSelf->__VactTriggered.any()) { vlSelf->__VactContinue = 1U; "
    "if (VL_UNLIKELY((0x64U < vlSelf->__VactIterCount))) { VL_FATAL_MT(FILE, LINE, \"\", "
    "\"Active region did not converge.\"); } vlSelf->__VactIterCount = ((IData)(1U) + vlSelf->__VactIterCount); "
    "__VpreTriggered.andNot(vlSelf->__VactTriggered, vlSelf->__VnbaTriggered); "
    "vlSelf->__VnbaTriggered.set(vlSelf->__VactTriggered); ROOT___eval_act(vlSelf); } } "
    "if (vlSelf->__VnbaTriggered.any()) { __VnbaContinue = 1U; if (VL_UNLIKELY((0x64U < __VnbaIterCount))) { "
    "VL_FATAL_MT(FILE, LINE, \"\", \"NBA region did not converge.\"); } __VnbaIterCount = ((IData)(1U) + "
    "__VnbaIterCount); ROOT___eval_nba(vlSelf); } }")
# The input-combinational region's only trigger: its first iteration.
ICO_TRIGGER = "__VicoTriggered.at(0U) = (0U == vlSelf->__VicoIterCount);"
THREADS = re.compile(r"unsigned V\w+::threads\(\) const \{ return 1; \}")


def direct_edge_possible(build, cls, outputs):
    """Whether the model is armed (single_evaluation) and its evaluation is the one this script knows."""
    if not single_evaluation(build, cls, outputs):
        return False
    model = (build / cls / f"V{cls}.cpp").read_text()
    step = re.search(r"void V\w+::eval_step\(\) \{(.*?)\n\}", model, re.S)
    if not step or normalised(step.group(1), cls) not in (EVAL_STEP, TRACE_ACTIVITY + EVAL_STEP) or not THREADS.search(model):
        return False
    functions = model_functions(build, cls)
    if normalised(functions.get("eval", ""), cls) != SCHEDULE:
        return False
    ico_trigger = normalised(functions.get("eval_triggers__ico", ""), cls)
    return ico_trigger.endswith(ICO_TRIGGER) and ico_trigger.count("__VicoTriggered") == 1


def region_declarations(cls):
    """The model's region functions a direct edge calls (defined in its archive, declared in no header)."""
    root = f"V{cls}___024root"
    return [f"void {root}___{f}({root} *vlSelf);" for f in
            ("eval_triggers__ico", "eval_ico", "eval_triggers__act", "eval_act", "eval_nba")]


def marks_activity(build, cls):
    step = re.search(r"void V\w+::eval_step\(\) \{(.*?)\n\}", (build / cls / f"V{cls}.cpp").read_text(), re.S)
    return normalised(step.group(1), cls).startswith(TRACE_ACTIVITY)


def direct_edge(cls, name, inline, activity):
    """The rising edge of an armed model, after an evaluation with clk low or after another such
    edge (Model::rise sets the record of clk low): eval()'s calls for it, unrolled. The first call
    of a model runs eval() itself, which initialises it."""
    root = f"V{cls}___024root"
    return [f"{'inline ' if inline else ''}void {name}(void *verilated) {{",
              f"    V{cls} *const model = static_cast<V{cls} *>(verilated);",
              f"    {root} *const r = model->rootp;",
              "    if (VL_UNLIKELY(!r->vlSymsp->__Vm_didInit)) return model->eval();",
              *(["    r->vlSymsp->__Vm_activity = true;"] if activity else []),
              "    // The input-combinational region: its trigger fires on the first iteration only.",
              "    r->__VicoIterCount = 0U;",
              f"    {root}___eval_triggers__ico(r);",
              "    r->__VicoIterCount = 1U;",
              f"    {root}___eval_ico(r);",
              f"    {root}___eval_triggers__ico(r);",
              "    // The active region: the rising edge fires it once; the clocks do not change after it.",
              "    r->__VnbaTriggered.clear();",
              "    r->__VactIterCount = 0U;",
              f"    {root}___eval_triggers__act(r);",
              "    r->__VactIterCount = 1U;",
              "    r->__VnbaTriggered.set(r->__VactTriggered);",
              f"    {root}___eval_act(r);",
              f"    {root}___eval_triggers__act(r);",
              "    r->__VactContinue = 0U;",
              "    // The non-blocking region once, then the scheduler's last look, which finds nothing.",
              f"    {root}___eval_nba(r);",
              "    r->__VnbaTriggered.clear();",
              "    r->__VactIterCount = 0U;",
              f"    {root}___eval_triggers__act(r);",
              "}", ""]


def factory(lines, build, top, cls, traced, edged):
    """The factory's branch for one class; edged: the port table wrote a direct edge for it."""
    lines.append(f'    if (top == "{top}" && traceable == {"true" if traced else "false"}) {{')
    lines.append(f"        auto m = std::make_unique<ModelOf<V{cls}, {'true' if traced else 'false'}>>(\"{top}\");")
    lines.append(f"        V{cls} *v = m->verilated();")
    found = ports(build / cls / f"V{cls}.h")
    for name, is_input, width in found:
        lines.append(f'        m->add_port("{name}", {"true" if is_input else "false"}, {width}, &v->{name});')
    if edged:
        lines.append(f"        m->arm_edges_with(&v->rootp->{CLOCK_PREVIOUS}, &edge_{cls}, v);")
    elif single_evaluation(build, cls, [name for name, is_input, _ in found if not is_input]):
        lines.append(f"        m->arm_edges_with(&v->rootp->{CLOCK_PREVIOUS}, nullptr, nullptr);")
    lines.append("        m->finish_ports();")
    lines.append("        return m;")
    lines.append("    }")


def outputs_of(build, cls):
    return [name for name, is_input, _ in ports(build / cls / f"V{cls}.h") if not is_input]


def edges_header(out, build, classes):
    """inline void direct_edge(V<class> *) for each class that has one, and a trait saying which."""
    lines = ["// Generated by gen_ports.py from the Verilated models; do not edit.", "#pragma once",
             "#include <type_traits>", ""]
    lines += [f'#include "V{c}.h"\n#include "V{c}__Syms.h"\n#include "V{c}___024root.h"' for c in classes]
    lines += ["", "template <class V> struct HasDirectEdge : std::false_type {};", ""]
    for c in classes:
        if direct_edge_possible(build, c, outputs_of(build, c)):
            lines += region_declarations(c)
            lines += direct_edge(c, f"direct_edge_{c}", True, marks_activity(build, c))
            lines += [f"inline void direct_edge(V{c} *model) {{ direct_edge_{c}(model); }}",
                      f"template <> struct HasDirectEdge<V{c}> : std::true_type {{}};", ""]
    text = "\n".join(lines)
    if not out.exists() or out.read_text() != text:
        out.write_text(text)


def main():
    if sys.argv[1] == "--edges":
        edges_header(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:])
        return
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
    # The models' symbol tables (whether a model was initialised), for the direct edges.
    lines += [f'#include "V{t}__Syms.h"' for t in tops]
    lines += [f'#include "V{t}Traced__Syms.h"' for t in traced]
    edged = [c for c in tops + [t + "Traced" for t in traced] if direct_edge_possible(build, c, outputs_of(build, c))]
    lines.append("")
    for cls in edged:
        lines += region_declarations(cls)
    lines += ["", "namespace {", ""]
    for cls in edged:
        lines += direct_edge(cls, f"edge_{cls}", False, marks_activity(build, cls))
    lines += ["}  // namespace", "", "namespace jnic {", "",
              "std::unique_ptr<Model> create_model(const std::string &top, bool traceable) {"]
    for t in tops:
        factory(lines, build, t, t, False, t in edged)
    for t in traced:
        factory(lines, build, t, t + "Traced", True, t + "Traced" in edged)
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
