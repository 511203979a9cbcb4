#!/usr/bin/env python3
"""make synth: synthesise jnic's blocks, its whole adapter and a reference MAC for iCE40 parts.

yosys synth_ice40 maps each top; nextpnr-ice40 places and routes it with several seeds (Fmax
depends on the placement seed, so the report gives each clock's median and range). Results go to
docs/synth.json and docs/synth.md. Build files stay in synth-build/ (ignored by git).

The reference is verilog-ethernet's 8-bit MAC, eth_mac_1g (rtl/eth_mac_1g.v with axis_gmii_tx.v,
axis_gmii_rx.v and lfsr.v), and its lfsr.v as a 64-bit CRC-32, synthesised here with the same
flow, seeds and device, so the table always holds both. Its sources are read, never copied into
jnic and never run: point REFERENCE at a checkout of https://github.com/alexforencich/verilog-ethernet
(or at a bare clone's git directory); the two small wrappers below are jnic's own, written against
the modules' documented ports.

With --toolchain yowasp the same flow runs on YoWASP's yosys and nextpnr-ice40 (WebAssembly builds
of newer releases, installed from npm into synth-build/yowasp, run through node by tools/yowasp.mjs),
writing docs/synth-yowasp.json and docs/synth-yowasp.md, which also sets its figures beside those of
Debian's tools in docs/synth.json.

Usage: python3 tools/synth.py [--reference DIR] [--toolchain debian|yowasp] [--markdown-only] [TOP ...]
(default: every top)
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "synth-build"
SEEDS = (1, 2, 3)
TARGET_MHZ = 200  # ask the placer to try hard; the achieved Fmax is what we report
DEFAULT_REFERENCE = ROOT.parent / ".mirror" / "alexforencich+verilog-ethernet" / "repo"
REFERENCE_FILES = ("eth_mac_1g.v", "axis_gmii_tx.v", "axis_gmii_rx.v", "lfsr.v")
# YoWASP's packages, pinned so a run repeats: yosys 0.55 and nextpnr-ice40 0.8 (Debian's are 0.23 and 0.4).
YOWASP_PACKAGES = ("@yowasp/yosys@0.55.944", "@yowasp/nextpnr-ice40@0.8.621")

DEVICES = {
    "HX8K": {"name": "iCE40 HX8K (CT256)", "args": ["--hx8k", "--package", "ct256"], "pins": 206,
             "holds": "7680 logic cells, {rams} of 32 block RAMs"},
    "UP5K": {"name": "iCE40 UP5K (SG48)", "args": ["--up5k", "--package", "sg48"], "pins": 39,
             "holds": "5280 logic cells (with the pin harness), {rams} of 30 block RAMs, {sprams} of 4 SPRAMs"},
}

# The reference MAC with the features it shares with jnic's MAC on ports, the rest (PTP, PFC and
# LFC, which its parameters leave disabled) tied off, so the part's pins suffice.
REFERENCE_MAC_WRAPPER = """
module RefEthMac1g (
    input wire rx_clk, input wire rx_rst, input wire tx_clk, input wire tx_rst,
    input wire [7:0] tx_axis_tdata, input wire tx_axis_tvalid, output wire tx_axis_tready,
    input wire tx_axis_tlast, input wire tx_axis_tuser,
    output wire [7:0] rx_axis_tdata, output wire rx_axis_tvalid, output wire rx_axis_tlast,
    output wire rx_axis_tuser,
    input wire [7:0] gmii_rxd, input wire gmii_rx_dv, input wire gmii_rx_er,
    output wire [7:0] gmii_txd, output wire gmii_tx_en, output wire gmii_tx_er,
    input wire rx_clk_enable, input wire tx_clk_enable, input wire rx_mii_select, input wire tx_mii_select,
    output wire tx_start_packet, output wire tx_error_underflow, output wire rx_start_packet,
    output wire rx_error_bad_frame, output wire rx_error_bad_fcs,
    input wire [7:0] cfg_ifg, input wire cfg_tx_enable, input wire cfg_rx_enable);
  eth_mac_1g #(.DATA_WIDTH(8)) mac (
    .rx_clk(rx_clk), .rx_rst(rx_rst), .tx_clk(tx_clk), .tx_rst(tx_rst),
    .tx_axis_tdata(tx_axis_tdata), .tx_axis_tvalid(tx_axis_tvalid), .tx_axis_tready(tx_axis_tready),
    .tx_axis_tlast(tx_axis_tlast), .tx_axis_tuser(tx_axis_tuser),
    .rx_axis_tdata(rx_axis_tdata), .rx_axis_tvalid(rx_axis_tvalid), .rx_axis_tlast(rx_axis_tlast),
    .rx_axis_tuser(rx_axis_tuser),
    .gmii_rxd(gmii_rxd), .gmii_rx_dv(gmii_rx_dv), .gmii_rx_er(gmii_rx_er),
    .gmii_txd(gmii_txd), .gmii_tx_en(gmii_tx_en), .gmii_tx_er(gmii_tx_er),
    .rx_clk_enable(rx_clk_enable), .tx_clk_enable(tx_clk_enable),
    .rx_mii_select(rx_mii_select), .tx_mii_select(tx_mii_select),
    .tx_start_packet(tx_start_packet), .tx_error_underflow(tx_error_underflow),
    .rx_start_packet(rx_start_packet), .rx_error_bad_frame(rx_error_bad_frame),
    .rx_error_bad_fcs(rx_error_bad_fcs),
    .cfg_ifg(cfg_ifg), .cfg_tx_enable(cfg_tx_enable), .cfg_rx_enable(cfg_rx_enable));
endmodule
"""

# lfsr.v configured as the Ethernet CRC-32 (its documentation's table) over 64-bit words, in a
# register with a clear like jnic's Crc32 has, but without byte enables: whole words only.
REFERENCE_CRC_WRAPPER = """
module RefCrc32W64 (input wire clk, input wire rst, input wire clear, input wire valid,
                    input wire [63:0] data, output wire [31:0] crc);
  reg [31:0] state;
  wire [31:0] next;
  lfsr #(.LFSR_WIDTH(32), .LFSR_POLY(32'h4c11db7), .LFSR_CONFIG("GALOIS"), .LFSR_FEED_FORWARD(0),
         .REVERSE(1), .DATA_WIDTH(64), .STYLE("AUTO")) step (
    .data_in(data), .state_in(clear ? 32'hffffffff : state), .data_out(), .state_out(next));
  always @(posedge clk)
    if (rst) state <= 32'hffffffff;
    else if (valid) state <= next;
    else if (clear) state <= 32'hffffffff;
  assign crc = ~state;
endmodule
"""

OUT = ROOT / "verilog-out"
SYNTH_ONLY = BUILD / "verilog"  # tops Generate writes for synthesis only (Generate.synthesisTops)
REF = BUILD / "reference"

# (top, what, device, sources): every top that has a synthesis budget.
TOPS = [(f"Crc32W{w}", f"CRC-32, {w} bits per clock", "HX8K", [OUT / f"Crc32W{w}.v"]) for w in (8, 16, 32, 64)] + [
    ("RefCrc32W64", "reference: verilog-ethernet lfsr.v, CRC-32 over whole 64-bit words (no byte enables)", "HX8K",
     [REF / "RefCrc32W64.v", REF / "lfsr.v"]),
    ("MacFast", "MAC, fast build: TX + RX + address filter + CSMA/CD, 8-bit datapath", "HX8K", [OUT / "MacFast.v"]),
    ("RefEthMac1g", "reference: verilog-ethernet eth_mac_1g, 8-bit (TX + RX, no filter, no CSMA/CD)", "HX8K",
     [REF / "RefEthMac1g.v"] + [REF / f for f in REFERENCE_FILES]),
    ("MacTx", "MAC transmit path (preamble, pad, FCS, gap)", "HX8K", [OUT / "MacTx.v"]),
    ("RxByteFramer", "MAC receive framing, byte-wide line", "HX8K", [OUT / "RxByteFramer.v"]),
    ("RxChecker", "MAC receive check (FCS, runt, giant, alignment)", "HX8K", [OUT / "RxChecker.v"]),
    ("AddressFilter", "receive address filter (unicast, broadcast, 64-bin hash)", "HX8K", [OUT / "AddressFilter.v"]),
    # MacPhy is not a row of its own: with its line ports a bit cell (8 samples) wide each way it has
    # 215 ports, more than the CT256's 206 I/O pins; its logic is measured inside NicPhyHx8k.
    ("NicFastHx8k", "whole adapter, fast build, 2 TX + 4 RX slots of 2 KiB (NicConfig.HX8K)", "HX8K",
     [SYNTH_ONLY / "NicFastHx8k.v"]),
    ("NicPhyHx8k", "whole adapter, phy build, 2 TX + 4 RX slots of 2 KiB (NicConfig.HX8K)", "HX8K",
     [SYNTH_ONLY / "NicPhyHx8k.v"]),
    ("NicFastUp5k", "whole adapter, fast build, standard 4 TX + 8 RX slots of 2 KiB (NicConfig.STANDARD), "
     "buffer memory in SPRAM", "UP5K", [SYNTH_ONLY / "NicFastUp5k.v"]),
    ("NicPhyUp5k", "whole adapter, phy build, standard 4 TX + 8 RX slots of 2 KiB (NicConfig.STANDARD), "
     "buffer memory in SPRAM", "UP5K", [SYNTH_ONLY / "NicPhyUp5k.v"]),
]
# On the UP5K the adapter's two single-port buffer memories go into its SPRAMs (yosys's "huge" RAM
# kind; by cost alone it would pick 48 of the 30 block RAMs).
SPRAM_MEMORIES = ("txMemory", "rxMemory")


def run(cmd, log, cwd=None, env=None):
    with open(log, "w") as out:
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, env=env)
    if proc.returncode != 0:
        sys.exit(f"synth: {' '.join(str(c) for c in cmd[:2])} failed, see {log}")
    return Path(log).read_text()


def version(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True)
    return (out.stdout or out.stderr).strip().splitlines()[0]


class Tools:
    """yosys and nextpnr-ice40: Debian's commands, or YoWASP's WebAssembly builds run through node.

    A YoWASP tool sees one directory as its file system, so each run gets a directory of its own
    beside its log with copies of its inputs, and the files it writes are moved out of it. Their
    logs, netlists and placements go to synth-build/yowasp, apart from Debian's in synth-build."""

    def __init__(self, kind):
        self.kind = kind
        self.work = BUILD if kind == "debian" else BUILD / "yowasp"
        self.env = None
        # The tools' release: a netlist older than it is made again (see yosys).
        self.stamp = None
        if kind == "yowasp":
            if shutil.which("node") is None or shutil.which("npm") is None:
                sys.exit("synth: --toolchain yowasp needs node and npm (Debian: apt-get install nodejs npm) "
                         "and the npm registry to install YoWASP's packages from")
            modules = self.work / "node_modules"
            self.env = dict(os.environ, YOWASP_MODULES=str(modules))
            self.stamp = self.work / "packages.txt"
            wanted = "\n".join(YOWASP_PACKAGES)
            if not modules.is_dir() or not self.stamp.is_file() or self.stamp.read_text() != wanted:
                self.work.mkdir(parents=True, exist_ok=True)
                run(["npm", "install", "--no-save", "--prefix", str(self.work), *YOWASP_PACKAGES],
                    self.work / "npm.log")
                self.stamp.write_text(wanted)

    def name(self, path):
        """How a tool's arguments and scripts name a file: its path, or in YoWASP's directory its name."""
        return str(path) if self.kind == "debian" else Path(path).name

    def run(self, tool, args, log, inputs=(), outputs=()):
        if self.kind == "debian":
            return run([tool, *args], log)
        stage = log.with_name(log.name + ".files")
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
        for f in inputs:
            shutil.copy(f, stage / Path(f).name)
        text = run(self.node(tool, stage, args), log, env=self.env)
        for f in outputs:
            if not (stage / Path(f).name).is_file():
                sys.exit(f"synth: {tool} wrote no {Path(f).name}, see {log}")
            shutil.move(stage / Path(f).name, f)
        shutil.rmtree(stage)
        return text

    @staticmethod
    def node(tool, directory, args):
        """The command that runs a YoWASP tool on a directory's files (tools/yowasp.mjs)."""
        return ["node", str(ROOT / "tools" / "yowasp.mjs"), tool, str(directory), *args]

    def versions(self):
        if self.kind == "debian":
            return {"yosys": version(["yosys", "-V"]), "nextpnr": version(["nextpnr-ice40", "--version"])}
        found = {}
        # The log outside the tool's directory: the tool writes back every file it was given.
        with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as logs:
            for key, tool, flag, package in (("yosys", "yosys", "-V", YOWASP_PACKAGES[0]),
                                             ("nextpnr", "nextpnr-ice40", "--version", YOWASP_PACKAGES[1])):
                log = Path(logs) / f"{tool}.log"
                said = run(self.node(tool, empty, [flag]), log, env=self.env)
                found[key] = f"{package} ({said.strip().splitlines()[0]})"
        return found


TOOLS = Tools("debian")


def write_if_changed(path, data):
    """Keeps the file's time when its bytes stay the same, so its netlist is reused (see synth)."""
    if not path.is_file() or path.read_bytes() != data:
        path.write_bytes(data)


def fetch_reference(reference):
    """Copies the reference's four files into synth-build/reference; returns its commit (or None)."""
    REF.mkdir(parents=True, exist_ok=True)
    commit = None
    if (reference / "rtl" / "eth_mac_1g.v").is_file():
        for f in REFERENCE_FILES:
            write_if_changed(REF / f, (reference / "rtl" / f).read_bytes())
        git = subprocess.run(["git", "-C", str(reference), "rev-parse", "HEAD"], capture_output=True, text=True)
        commit = git.stdout.strip() or None
    elif (reference / "HEAD").is_file():  # a bare clone
        for f in REFERENCE_FILES:
            shown = subprocess.run(["git", f"--git-dir={reference}", "show", f"HEAD:rtl/{f}"], capture_output=True)
            if shown.returncode != 0:
                sys.exit(f"synth: {reference} has no rtl/{f}")
            write_if_changed(REF / f, shown.stdout)
        commit = subprocess.run(["git", f"--git-dir={reference}", "rev-parse", "HEAD"],
                                capture_output=True, text=True).stdout.strip()
    else:
        sys.exit(f"synth: no verilog-ethernet at {reference}. Clone https://github.com/alexforencich/verilog-ethernet "
                 "and run: make synth REFERENCE=/path/to/verilog-ethernet")
    write_if_changed(REF / "RefEthMac1g.v", REFERENCE_MAC_WRAPPER.encode())
    write_if_changed(REF / "RefCrc32W64.v", REFERENCE_CRC_WRAPPER.encode())
    return commit


def clock_name(net):
    return net.split("$")[0]


PORT = re.compile(r"^\s*(input|output)\s+(?:wire|reg)\s*(?:\[(\d+):0\])?\s*(\w+)\s*,?\s*$", re.M)
PIN_CLOCKS = ("clk", "miiClk", "reset")


def port_list(top, source):
    """(direction, width, name) of each port of module `top` in `source`, declared one a line as
    SpinalHDL writes them (a module declared otherwise gives an empty list)."""
    text = Path(source).read_text()
    start = text.find(f"module {top} (")
    if start < 0:
        return []
    header = text[start:]
    return [(d, int(w) + 1 if w else 1, n) for d, w, n in PORT.findall(header[:header.index(");")])]


def pin_harness(top, source):
    """A top wrapping `top` for a package with fewer pins than its ports: every input but the clocks
    and the reset comes from a shift register fed by one pin, every output loads a shift register read
    out on one pin. Nothing is optimised away, and every path to and from the ports ends in a register
    as it would at the pins. The harness costs a flip-flop per port bit and a LUT per output bit, so
    the table's LUT and FF counts come from the top alone and only placement and Fmax from this."""
    ports = port_list(top, source)
    clocks = [n for _, _, n in ports if n in PIN_CLOCKS]
    connections = [f".{n}({n})" for n in clocks]
    widths = {}
    for direction, vector in (("input", "ins"), ("output", "outs")):
        at = 0
        for d, w, n in ports:
            if d == direction and n not in PIN_CLOCKS:
                connections.append(f".{n}({vector}[{at + w - 1}:{at}])")
                at += w
        widths[direction] = at
    ni, no = widths["input"], widths["output"]
    pins = ", ".join(f"input wire {c}" for c in clocks)
    return (f"module {top}Pins ({pins}, input wire shiftIn, input wire capture, output wire shiftOut);\n"
            f"  reg [{ni - 1}:0] ins;\n  reg [{no - 1}:0] held;\n  wire [{no - 1}:0] outs;\n"
            f"  always @(posedge clk) begin\n    ins <= {{ins[{ni - 2}:0], shiftIn}};\n"
            f"    held <= capture ? outs : {{held[{no - 2}:0], 1'b0}};\n  end\n"
            f"  assign shiftOut = held[{no - 1}];\n  {top} core ({', '.join(connections)});\nendmodule\n")


def yosys(top, device, sources, netlist, log_path):
    """Synthesises `top` (writing `netlist` if given); returns yosys's log, reused while fresh."""
    name = TOOLS.name
    # iCE40 has no LUT RAM: SpinalHDL marks its small asynchronously read tables
    # ram_style="distributed", which no iCE40 cell can take; without the hint they become flip-flops.
    attributes = "setattr -unset ram_style m:*; "
    options = ""
    if device == "UP5K":
        core = Path(sources[0]).stem
        attributes += f"setattr -set ram_style \"huge\" {' '.join(f'{core}/m:{m}' for m in SPRAM_MEMORIES)}; "
        options = " -spram"
    json_out = f" -json {name(netlist)}" if netlist else ""
    script = (f"read_verilog {' '.join(name(s) for s in sources)}; {attributes}"
              f"synth_ice40{options} -top {top}{json_out}; stat")
    output = netlist or log_path
    newer_than = list(sources) + ([TOOLS.stamp] if TOOLS.stamp else [])
    fresh = (output.is_file() and log_path.is_file()
             and all(output.stat().st_mtime > Path(src).stat().st_mtime for src in newer_than))
    # yosys takes minutes over the reference's lfsr.v (it evaluates its mask functions in
    # elaboration): a netlist newer than all its sources is reused.
    return log_path.read_text() if fresh else TOOLS.run("yosys", ["-p", script], log_path, sources,
                                                         [netlist] if netlist else [])


def synth(top, device, sources):
    work = TOOLS.work
    netlist = work / f"{top}.json"
    # A top with more port bits than the package has pins (the UP5K's SG48 has 39 I/O; MacFast's
    # monitor ports took it past the HX8K CT256's 206) is placed inside a pin harness.
    harnessed = sum(w for _, w, _ in port_list(top, sources[0])) > DEVICES[device]["pins"]
    log = yosys(top, device, sources, None if harnessed else netlist, work / f"{top}.yosys.log")
    stat = log[log.rindex("Printing statistics"):]
    pnr_top = top
    if harnessed:
        pnr_top = f"{top}Pins"
        harness = SYNTH_ONLY / f"{pnr_top}.v"
        write_if_changed(harness, pin_harness(top, sources[0]).encode())
        netlist = work / f"{pnr_top}.json"
        yosys(pnr_top, device, list(sources) + [harness], netlist, work / f"{pnr_top}.yosys.log")
    cells = {m.group(1): int(m.group(2)) for m in re.finditer(r"^\s+(SB_\w+)\s+(\d+)$", stat, re.M)}
    fmax = {}
    for seed in SEEDS:
        asc = work / f"{top}.s{seed}.asc"
        pnr = TOOLS.run("nextpnr-ice40", [*DEVICES[device]["args"], "--json", TOOLS.name(netlist),
                                          "--asc", TOOLS.name(asc), "--freq", str(TARGET_MHZ),
                                          "--seed", str(seed), "--timing-allow-fail"],
                        work / f"{top}.s{seed}.nextpnr.log", [netlist], [asc])
        found = {}
        for net, mhz in re.findall(r"Max frequency for clock\s+'([^']+)':\s+([\d.]+) MHz", pnr):
            found[clock_name(net)] = float(mhz)  # the last report of a clock is after routing
        if not found:
            sys.exit(f"synth: no Fmax for {top} in {work / f'{top}.s{seed}.nextpnr.log'}")
        for clock, mhz in found.items():
            fmax.setdefault(clock, []).append(mhz)

    def used(kind):
        counts = re.findall(kind + r":\s+(\d+)/\s*(\d+)", pnr)
        return int(counts[-1][0]) if counts else 0

    return {
        "top": top, "device": device,
        "luts": cells.get("SB_LUT4", 0),
        "ffs": sum(n for cell, n in cells.items() if cell.startswith("SB_DFF")),
        "carries": cells.get("SB_CARRY", 0),
        "logic_cells": used("ICESTORM_LC"), "block_rams": cells.get("SB_RAM40_4K", 0),
        "sprams": cells.get("SB_SPRAM256KA", 0), "pin_harness": pnr_top != top,
        "clocks": {clock: {"fmax_mhz_median": statistics.median(v), "fmax_mhz_min": min(v), "fmax_mhz_max": max(v),
                           "fmax_mhz_by_seed": dict(zip(map(str, SEEDS), v))}
                   for clock, v in sorted(fmax.items())},
    }


# The clocks the adapter must run at, and why: the fast build takes a byte per clock of a 100 Mb/s
# line; the phy build's PHY takes a bit cell of 8 line samples per clock of a 10 Mb/s Manchester
# line (the 1:8 deserialiser and serialiser at the 80 MHz sampling rate belong to the I/O cells and
# are not in the generated Verilog) and runs the rest on the MII's 2.5 MHz nibble clock (IEEE 802.3
# clause 22).
FAST_CLOCKS = {"clk": (12.5, "a byte per clock at 100 Mb/s")}
PHY_CLOCKS = {"clk": (10.0, "a bit cell per clock at 10 Mb/s"), "miiClk": (2.5, "the MII's nibble clock")}
REQUIRED_MHZ = {"NicFastHx8k": FAST_CLOCKS, "NicPhyHx8k": PHY_CLOCKS, "NicFastUp5k": FAST_CLOCKS,
                "NicPhyUp5k": PHY_CLOCKS}


def slowest(r):
    return min(c["fmax_mhz_median"] for c in r["clocks"].values())


def markdown(report):
    results = {r["top"]: r for r in report["results"]}
    yowasp = report.get("toolchain", "debian") == "yowasp"
    command = "make synth TOOLCHAIN=yowasp" if yowasp else "make synth"
    lines = ["# Synthesis results (iCE40)" + (", YoWASP's tools" if yowasp else ""), "",
             f"Written by `{command}` ({report['tools']['yosys']}; {report['tools']['nextpnr']}). Fmax is",
             "nextpnr's figure for each clock after routing, median of seeds "
             f"{', '.join(map(str, SEEDS))} with the range; the placer was asked for {TARGET_MHZ} MHz.",
             "Throughput is data width × median Fmax. Rows named Ref… are the reference, verilog-ethernet "
             f"(commit {report['reference_commit'] or 'unknown'}), through the same flow.", "",
             "| top | what | device | LUT4 | FF | carry | BRAM | SPRAM | Fmax MHz per clock: median (range) | "
             "throughput Gb/s |",
             "|---|---|---|---:|---:|---:|---:|---:|---|---:|"]
    for r in report["results"]:
        width = re.search(r"W(\d+)$", r["top"])
        gbps = f"{int(width.group(1)) * slowest(r) / 1000:.2f}" if width else "-"
        clocks = "; ".join(f"{name} {c['fmax_mhz_median']:.1f} ({c['fmax_mhz_min']:.1f}–{c['fmax_mhz_max']:.1f})"
                           for name, c in r["clocks"].items())
        lines.append(f"| {r['top']} | {r['what']} | {r['device']} | {r['luts']} | {r['ffs']} | {r['carries']} | "
                     f"{r['block_rams']} | {r['sprams']} | {clocks} | {gbps} |")
    lines += ["", "## Budgets", ""]

    def budget(name, value, target, holds):
        lines.append(f"- {name}: {value}; target {target}: **{'met' if holds else 'not met'}**.")

    if {"MacFast", "RefEthMac1g", "AddressFilter"} <= results.keys():
        mac, ref, flt = results["MacFast"], results["RefEthMac1g"], results["AddressFilter"]
        budget("MacFast Fmax", f"{slowest(mac):.1f} MHz (reference {slowest(ref):.1f} MHz)", "≥ 150 MHz",
               slowest(mac) >= 150)
        limit = ref["luts"] + flt["luts"]
        budget("MacFast LUT4", f"{mac['luts']} (reference {ref['luts']} + address filter {flt['luts']} = {limit})",
               f"≤ {limit}", mac["luts"] <= limit)
    if {"Crc32W64", "RefCrc32W64"} <= results.keys():
        crc, ref = results["Crc32W64"], results["RefCrc32W64"]
        budget("Crc32W64 throughput", f"{64 * slowest(crc) / 1000:.2f} Gb/s in {crc['luts']} LUT4 "
               f"(reference, whole words only: {64 * slowest(ref) / 1000:.2f} Gb/s in {ref['luts']} LUT4)",
               "≥ 8 Gb/s", 64 * slowest(crc) >= 8000)
    for top in REQUIRED_MHZ:
        if top in results:
            r = results[top]
            part = DEVICES[r["device"]]["holds"].format(rams=r["block_rams"], sprams=r["sprams"])
            budget(f"{top} on the {r['device']}", f"{r['logic_cells']} of {part}", "placed and routed", True)
            for clock, (need, why) in REQUIRED_MHZ[top].items():
                have = r["clocks"][clock]["fmax_mhz_min"]
                budget(f"{top} {clock}", f"{have:.1f} MHz at the worst seed", f"≥ {need} MHz ({why})",
                       have >= need)
    if yowasp:
        lines += toolchain_comparison(report)
    lines += ["", "The phy build's PHY takes a bit cell of 8 line samples per clock of its 10 MHz bit clock and hands",
              "8 back: the 1:8 deserialiser and serialiser at the 80 MHz sampling rate belong to the I/O cells",
              "(on an iCE40, DDR SB_IO registers at 40 MHz and a small gearbox) and are not in the generated",
              "Verilog. MacPhy is no row of its own: with its line ports a cell wide each way it has 215 ports,",
              "more than the CT256's 206 I/O pins; its logic is measured inside NicPhyHx8k.", "",
              "The UP5K rows are the standard adapter, simulated and tested as NicFast and NicPhy: its two",
              "buffer memories are single-port RAMs (the line's accesses first, the host's stalled), which",
              "yosys maps into the UP5K's four SPRAMs.", "",
              "A top with more port bits than its package has pins (the adapter on the UP5K's SG48, 39 I/O;",
              "MacFast, whose monitor ports took it to 217 bits, on the HX8K's CT256, 206) is placed inside a",
              "pin harness (tools/synth.py `pin_harness`: its inputs from a shift register fed by one pin, its",
              "outputs into one read out on another, both on `clk`). Its LUT and FF counts come from the top",
              "alone; placement, Fmax and the logic cells counted include the harness. Its registers put the",
              "top's paths from and to its `clk` ports between flip-flops, where a part's pins would leave them",
              "untimed; ports of another clock (the phy build's host bus, on `miiClk`) cross clock domains and",
              "stay untimed. So MacFast's Fmax, taken inside the harness, times its port paths too, while the",
              "reference's, taken at its pins, does not: the MacFast budget is not quite like for like."]
    return "\n".join(lines) + "\n"


def toolchain_comparison(report):
    """The same tops through Debian's tools (docs/synth.json, as `make synth` last wrote it) and YoWASP's."""
    debian_file = ROOT / "docs" / "synth.json"
    if not debian_file.is_file():
        return []
    debian = json.loads(debian_file.read_text())
    theirs = {r["top"]: r for r in debian["results"]}
    left_out = [t for t in theirs if t not in {r["top"] for r in report["results"]}]
    lines = ["", "## Against Debian's tools", "",
             f"Debian's tools ({debian['tools']['yosys']}; {debian['tools']['nextpnr']}) on the same flow and "
             "seeds, as docs/synth.json held them when this was written (`make synth` writes that from the "
             "Verilog of its own day: run both on one checkout to compare the same design). Fmax is the "
             "slowest clock's median; ratios are YoWASP's over Debian's."
             + (f" Not run here: {', '.join(left_out)}." if left_out else ""), "",
             "| top | LUT4 Debian | LUT4 YoWASP | ratio | FF Debian | FF YoWASP | Fmax Debian | Fmax YoWASP | ratio |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in report["results"]:
        d = theirs.get(r["top"])
        if d is None:
            continue
        lines.append(f"| {r['top']} | {d['luts']} | {r['luts']} | {r['luts'] / d['luts']:.2f} | {d['ffs']} | {r['ffs']} | "
                     f"{slowest(d):.1f} | {slowest(r):.1f} | {slowest(r) / slowest(d):.2f} |")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                        help="verilog-ethernet checkout or bare git directory (default: %(default)s)")
    parser.add_argument("tops", nargs="*", help="only these tops (the report then holds only them)")
    parser.add_argument("--toolchain", choices=("debian", "yowasp"), default="debian",
                        help="Debian's yosys and nextpnr-ice40 (default), or YoWASP's newer ones from npm")
    parser.add_argument("--markdown-only", action="store_true",
                        help="write the markdown again from its json, synthesising nothing")
    args = parser.parse_args()
    docs = ROOT / "docs"
    stem = "synth" if args.toolchain == "debian" else f"synth-{args.toolchain}"
    if args.markdown_only:
        report = json.loads((docs / f"{stem}.json").read_text())
        (docs / f"{stem}.md").write_text(markdown(report))
        return
    known = {t[0] for t in TOPS}
    unknown = [t for t in args.tops if t not in known]
    if unknown:
        sys.exit(f"synth: unknown top {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    BUILD.mkdir(exist_ok=True)
    global TOOLS
    TOOLS = Tools(args.toolchain)
    TOOLS.work.mkdir(parents=True, exist_ok=True)
    tools = TOOLS.versions()  # first: a tool that cannot start fails the run before hours of work
    commit = fetch_reference(args.reference.resolve())
    run(["mvn", "-B", "-q", "-pl", "hdl-gen", "exec:java", f"-Dexec.args=--synthesis {SYNTH_ONLY}"],
        BUILD / "generate.log", cwd=ROOT)
    results = []
    for top, what, device, sources in TOPS:
        if args.tops and top not in args.tops:
            continue
        r = synth(top, device, sources)
        r["what"] = what
        results.append(r)
        clocks = ", ".join(f"{n} {c['fmax_mhz_median']:.1f}" for n, c in r["clocks"].items())
        print(f"synth: {top:12s} {device} {r['luts']:5d} LUT4 {r['ffs']:4d} FF {r['block_rams']:2d} BRAM "
              f"{r['sprams']} SPRAM  Fmax {clocks} MHz", flush=True)
    report = {"devices": {k: v["name"] for k, v in DEVICES.items()}, "seeds": list(SEEDS), "target_mhz": TARGET_MHZ,
              "tools": tools, "machine": platform.machine(), "reference_commit": commit, "results": results}
    if args.toolchain != "debian":
        report["toolchain"] = args.toolchain
    (docs / f"{stem}.json").write_text(json.dumps(report, indent=2) + "\n")
    (docs / f"{stem}.md").write_text(markdown(report))
    print(f"synth: wrote {docs / f'{stem}.json'} and {docs / f'{stem}.md'}")


if __name__ == "__main__":
    main()
