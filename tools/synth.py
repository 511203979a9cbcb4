#!/usr/bin/env python3
"""make synth: synthesise generated tops for an iCE40 HX8K (CT256) and report LUTs, FFs and Fmax.

yosys synth_ice40 maps each top; nextpnr-ice40 places and routes it with several seeds (Fmax
depends on the placement seed, so the report gives the median and the range). Results go to
docs/synth.json and docs/synth.md. Build files stay in synth-build/ (ignored by git).
"""
import json
import platform
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "synth-build"
SEEDS = (1, 2, 3)
TARGET_MHZ = 200  # ask the placer to try hard; the achieved Fmax is what we report

# (top, what it is): every top that has a synthesis budget.
TOPS = [(f"Crc32W{w}", f"CRC-32, {w} bits per clock") for w in (8, 16, 32, 64)] + [
    ("MacFast", "MAC, fast build: TX + RX + address filter, 8-bit datapath"),
    ("MacTx", "MAC transmit path (preamble, pad, FCS, gap)"),
    ("RxByteFramer", "MAC receive framing, byte-wide line"),
    ("RxChecker", "MAC receive check (FCS, runt, giant, alignment)"),
    ("AddressFilter", "receive address filter (unicast, broadcast, 64-bin hash)"),
    ("MacPhy", "MAC, phy build: MAC on the MII clock, Manchester PHY on the line clock"),
]


def run(cmd, log):
    with open(log, "w") as out:
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        sys.exit(f"synth: {' '.join(cmd[:2])} failed, see {log}")
    return Path(log).read_text()


def version(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True)
    return (out.stdout or out.stderr).strip().splitlines()[0]


def synth(top):
    src = ROOT / "verilog-out" / f"{top}.v"
    netlist = BUILD / f"{top}.json"
    log = run(["yosys", "-p", f"read_verilog {src}; synth_ice40 -top {top} -json {netlist}; stat"],
              BUILD / f"{top}.yosys.log")
    stat = log[log.rindex("Printing statistics"):]
    cells = {m.group(1): int(m.group(2)) for m in re.finditer(r"^\s+(SB_\w+)\s+(\d+)$", stat, re.M)}
    luts = cells.get("SB_LUT4", 0)
    ffs = sum(n for cell, n in cells.items() if cell.startswith("SB_DFF"))
    carries = cells.get("SB_CARRY", 0)
    fmax = []
    for seed in SEEDS:
        pnr = run(["nextpnr-ice40", "--hx8k", "--package", "ct256", "--json", str(netlist),
                   "--asc", str(BUILD / f"{top}.s{seed}.asc"), "--freq", str(TARGET_MHZ),
                   "--seed", str(seed), "--timing-allow-fail"],
                  BUILD / f"{top}.s{seed}.nextpnr.log")
        # The line clock (MacPhy also has miiClk, 32 times slower by design: its Fmax is not the limit).
        found = re.findall(r"Max frequency for clock\s+'(?!miiClk)[^']*clk[^']*':\s+([\d.]+) MHz", pnr)
        if not found:
            sys.exit(f"synth: no Fmax for {top} in {BUILD / f'{top}.s{seed}.nextpnr.log'}")
        fmax.append(float(found[-1]))  # the last report is after routing
    lcs = re.findall(r"ICESTORM_LC:\s+(\d+)/\s*(\d+)", pnr)
    return {
        "top": top, "luts": luts, "ffs": ffs, "carries": carries,
        "logic_cells": int(lcs[-1][0]) if lcs else None,
        "fmax_mhz_median": statistics.median(fmax), "fmax_mhz_min": min(fmax), "fmax_mhz_max": max(fmax),
        "fmax_mhz_by_seed": dict(zip(map(str, SEEDS), fmax)),
    }


def main():
    BUILD.mkdir(exist_ok=True)
    results = []
    for top, what in TOPS:
        r = synth(top)
        r["what"] = what
        results.append(r)
        print(f"synth: {top:10s} {r['luts']:5d} LUT4 {r['ffs']:4d} FF  Fmax {r['fmax_mhz_median']:.1f} MHz "
              f"(seeds {r['fmax_mhz_min']:.1f}-{r['fmax_mhz_max']:.1f})", flush=True)
    tools = {"yosys": version(["yosys", "-V"]), "nextpnr": version(["nextpnr-ice40", "--version"])}
    report = {"device": "iCE40 HX8K CT256", "seeds": list(SEEDS), "target_mhz": TARGET_MHZ,
              "tools": tools, "machine": platform.machine(), "results": results}
    docs = ROOT / "docs"
    (docs / "synth.json").write_text(json.dumps(report, indent=2) + "\n")
    lines = ["# Synthesis results (iCE40 HX8K, CT256)", "",
             f"Written by `make synth` ({tools['yosys']}; {tools['nextpnr']}). Fmax is nextpnr's figure",
             f"for the clock after routing, median of seeds {', '.join(map(str, SEEDS))} with the range; "
             f"the placer was asked for {TARGET_MHZ} MHz.",
             "Throughput is data width × median Fmax.", "",
             "| top | what | LUT4 | FF | carry | Fmax MHz (median) | Fmax range | throughput Gb/s |",
             "|---|---|---:|---:|---:|---:|---|---:|"]
    for r in results:
        width = int(re.search(r"W(\d+)$", r["top"]).group(1)) if re.search(r"W(\d+)$", r["top"]) else None
        gbps = f"{width * r['fmax_mhz_median'] / 1000:.2f}" if width else "-"
        lines.append(f"| {r['top']} | {r['what']} | {r['luts']} | {r['ffs']} | {r['carries']} | "
                     f"{r['fmax_mhz_median']:.1f} | {r['fmax_mhz_min']:.1f}–{r['fmax_mhz_max']:.1f} | {gbps} |")
    (docs / "synth.md").write_text("\n".join(lines) + "\n")
    print(f"synth: wrote {docs / 'synth.json'} and {docs / 'synth.md'}")


if __name__ == "__main__":
    main()
