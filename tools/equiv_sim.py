#!/usr/bin/env python3
"""Random-stimulus equivalence of two versions of one generated top, in Icarus Verilog.

For a change meant to leave a block's behaviour as it was (a restructure for timing or area), this
drives the old and the new Verilog of the top with the same random inputs from reset, clock after
clock, and compares every output after every clock from the first edge on (before it, nothing
has been reset; outputs in QUALIFIED only while the output qualifying them is high). The MAC's
inputs get stimulus that exercises it: frames offered most of the time and ended now and then, rare aborts, soft resets and resets,
line input that half the time is the old version's own line output looped back (so frames are
received and, in half duplex, collide), duplex and promiscuous mode switched now and then. Any
other input is uniform random. It prints the first mismatches (an output that differs after a
clock), their count, and how often some outputs fired (frames sent, collisions, frames
accepted...) so a run that exercised nothing shows; it exits 1 if any output ever differed.

Usage: python3 tools/equiv_sim.py TOP OLD.v NEW.v [--cycles N] [--seed S]
e.g.   git show HEAD:verilog-out/MacFast.v > /tmp/old.v
       python3 tools/equiv_sim.py MacFast /tmp/old.v verilog-out/MacFast.v --cycles 400000
"""
import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402  (its port_list reads SpinalHDL's port declarations)

# Inputs that hold one random value for the whole run (the station's address and its multicast table).
SET_ONCE = ("stationAddress", "multicastHash")
# Outputs that mean something only while another output says so (a frame's length with its last
# byte; the backoff drawn in the clock after the draw; a byte on the line or offered to it, as
# MII's TXD means nothing without TX_EN): compared only then, as registers that are set before they
# are read have no reset and may differ elsewhere.
QUALIFIED = {"rxLength": "rxLast", "length": "outLast", "monitorBackoffSlots": "monitorBackoff",
             "lineOutData": "lineOutValid", "txData": "txValid",
             "monitorCollisions": "monitorBackoff"}
COVERED = ("txSent", "sent", "txUnderflow", "underflow", "frameRewind", "frameDiscard",
           "monitorBackoff", "rxAccept", "rxFcsError")


def renamed(source, suffix):
    """The Verilog with every module it defines renamed, so both versions load side by side."""
    text = Path(source).read_text()
    for module in re.findall(r"^module (\w+) \(", text, re.M):
        text = re.sub(rf"\b{module}\b", module + suffix, text)
    return text


def random_word(width):
    return "{" + ",".join(["$random(seed)"] * ((width + 31) // 32)) + "}"


def chance(p):
    return f"(($random(seed) & 32'h7fffffff) % 100000 < {int(p * 100000)})"


def stimulus(width, name):
    """The statement that sets input `name` for the next clock."""
    special = {
        "frameValid": f"{name} = {chance(0.9)};",
        "frameLast": f"{name} = {chance(0.015)};",
        "clear": f"{name} = {chance(0.0005)};",
        "abortFrame": f"{name} = {chance(0.002)};",
        "txReady": f"{name} = {chance(0.7)};",
        "maxLength": f"if ({chance(0.001)}) {name} = {chance(0.5)} ? 14'd1514 : ($random(seed) & 14'h7f);",
        "halfDuplex": f"if ({chance(0.0003)}) {name} = ~{name};",
        "promiscuous": f"if ({chance(0.001)}) {name} = ~{name};",
        "lineInValid": f"{name} = {chance(0.5)} ? lineOutValid_old : {chance(0.3)};",
        "lineInData": f"{name} = {chance(0.7)} ? lineOutData_old : ({chance(0.5)} ? 8'h55 : "
                      f"({chance(0.3)} ? 8'hD5 : $random(seed)));",
    }
    if name in special:
        return special[name]
    return f"{name} = {chance(0.5)};" if width == 1 else f"{name} = {random_word(width)};"


def bench(top, ports, cycles, seed):
    inputs = [(w, n) for d, w, n in ports if d == "input" and n not in ("clk", "reset")]
    outputs = [(w, n) for d, w, n in ports if d == "output"]
    names = {n for _, n in inputs}
    port_names = {n for _, _, n in ports}
    if not {"clk", "reset"} <= port_names or (
            "lineInValid" in names and not {"lineOutValid", "lineOutData"} <= {n for _, n in outputs}):
        sys.exit(f"equiv_sim: {top} has no clk or reset, or line input without line output; not a top this knows")
    lines = ["`timescale 1ns/1ps", "module tb;", "reg clk = 0, reset = 1;",
             f"integer i, errors = 0, seed = {seed};"]
    lines += [f"reg [{w - 1}:0] {n} = 0;" for w, n in inputs]
    lines += [f"wire [{w - 1}:0] {n}_old, {n}_new;" for w, n in outputs]
    covered = [n for _, n in outputs if n in COVERED]
    lines += [f"integer fired_{n} = 0;" for n in covered]
    for version in ("old", "new"):
        connections = [f".{n}({n})" for _, n in inputs] + [f".{n}({n}_{version})" for _, n in outputs]
        lines.append(f"{top}_{version} {version} ({', '.join(connections + ['.clk(clk)', '.reset(reset)'])});")
    lines.append("initial begin")
    for w, n in inputs:
        if n in SET_ONCE:
            lines.append(f"  {n} = {random_word(w)};")
        if n == "maxLength":
            lines.append(f"  {n} = 14'd1514;")
    lines.append(f"  for (i = 0; i < {cycles}; i = i + 1) begin")
    lines.append(f"    reset = (i < 3) || {chance(0.0002)};")
    # A second clock (the phy build's MII clock) rises with clk on a random half of the clocks and
    # is low while the inputs change: driven as plain data, its edge would race them.
    second_clock = "miiClk" in names
    if second_clock:
        lines.insert(4, "reg miiEdge = 0;")
    lines += [f"    {'miiEdge = ' + chance(0.5) + ';' if n == 'miiClk' else stimulus(w, n)}"
              for w, n in inputs if n not in SET_ONCE]
    lines.append("    #1;")
    output_names = {m for _, m in outputs}
    for _, n in outputs:
        qualifier = QUALIFIED.get(n)
        guard = f" && {qualifier}_old" if qualifier in output_names else ""
        lines.append(f"    if (i > 0 && {n}_old !== {n}_new{guard}) begin errors = errors + 1; if (errors <= 10) "
                     f"$display(\"after clock %0d: {n} old %h new %h\", i, {n}_old, {n}_new); end")
    lines += [f"    fired_{n} = fired_{n} + ((|{n}_old) === 1'b1);" for n in covered]
    edge = "    clk = 1; miiClk = miiEdge; #1; clk = 0; miiClk = 0;" if second_clock else "    clk = 1; #1; clk = 0;"
    lines += [edge, "  end",
              "  $display(\"%0d clocks, %0d mismatches\", i, errors);"]
    lines += [f"  $display(\"  {n} fired in %0d clocks\", fired_{n});" for n in covered]
    lines += ["  if (errors != 0) $fatal(1, \"not equivalent\");", "  $finish;", "end", "endmodule"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("top")
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--cycles", type=int, default=300000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    ports = synth.port_list(args.top, args.old)
    if not ports or ports != synth.port_list(args.top, args.new):
        sys.exit(f"equiv_sim: {args.top} is missing from a file, or its ports differ between the two")
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        (work / "old.v").write_text(renamed(args.old, "_old"))
        (work / "new.v").write_text(renamed(args.new, "_new"))
        (work / "tb.v").write_text(bench(args.top, ports, args.cycles, args.seed))
        subprocess.run(["iverilog", "-o", str(work / "sim"), str(work / "tb.v"), str(work / "old.v"),
                        str(work / "new.v")], check=True)
        run = subprocess.run(["vvp", "-n", str(work / "sim")], capture_output=True, text=True)
    print(run.stdout + run.stderr, end="")
    sys.exit(0 if run.returncode == 0 and f"{args.cycles} clocks, 0 mismatches" in run.stdout else 1)


if __name__ == "__main__":
    main()
