#!/usr/bin/env python3
"""Formal equivalence of two versions of one generated module, with yosys: in every state, not a sample.

For a restructure of combinational logic meant to keep a block's behaviour (an output decoded from
the state instead of assigned inside a state machine's branches, say), this proves that the old and
the new Verilog of MODULE have the same next state and the same outputs from any state and any
inputs: both are flattened, their registers and ports are matched by name (yosys `equiv_make`), and
`equiv_simple` and `equiv_induct` prove each matched signal equal. SpinalHDL's helper names
(`when_<File>java_l<line>`, `_zz_...`) follow source lines and mean different things in the two
versions, so they are hidden from the matching; registers must keep their names. It prints how many
signals were proved and every one that was not, and exits 1 if any was not.
(tools/equiv_sim.py compares two versions of a top by random simulation instead: for changes that
move registers or timing, which this cannot match.)

Usage: python3 tools/equiv_formal.py MODULE OLD.v NEW.v [--seq N]
e.g.   git show HEAD~1:verilog-out/NicFast.v > /tmp/old.v
       python3 tools/equiv_formal.py SelfTest /tmp/old.v verilog-out/NicFast.v
"""
import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from equiv_sim import renamed  # noqa: E402  (every module of a file renamed with a suffix)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", help="the module to compare (SpinalHDL's component name, e.g. SelfTest)")
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--seq", type=int, default=2, help="clocks of induction (default %(default)s)")
    args = parser.parse_args()
    for source in (args.old, args.new):
        if not source.is_file():
            sys.exit(f"equiv_formal: no file {source}")
        if not re.search(rf"^module {args.module} \(", source.read_text(), re.M):
            sys.exit(f"equiv_formal: {source} defines no module {args.module}")
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        (work / "old.v").write_text(renamed(args.old, "_old"))
        (work / "new.v").write_text(renamed(args.new, "_new"))
        gold, gate = f"{args.module}_old", f"{args.module}_new"
        script = "\n".join([
            f"read_verilog {work / 'old.v'}",
            f"read_verilog {work / 'new.v'}",
            "hierarchy -check",
            "proc",
            "flatten",
            "memory",
            "opt_clean",
            "async2sync",
            "rename -hide w:when_* w:_zz_*",
            f"equiv_make {gold} {gate} equiv",
            "hierarchy -top equiv",
            f"equiv_simple -seq {args.seq}",
            f"equiv_induct -seq {args.seq}",
            "equiv_status",
        ])
        (work / "equiv.ys").write_text(script + "\n")
        run = subprocess.run(["yosys", "-q", "-l", str(work / "equiv.log"), "-s", str(work / "equiv.ys")],
                             capture_output=True, text=True)
        log = (work / "equiv.log").read_text() if (work / "equiv.log").exists() else ""
    if run.returncode != 0:
        sys.exit(f"equiv_formal: yosys failed:\n{run.stderr or log[-2000:]}")
    found = re.search(r"Of those cells (\d+) are proven and (\d+) are unproven", log)
    if found is None:
        sys.exit("equiv_formal: yosys reported no equivalence status (no signal matched by name?)")
    proven, unproven = int(found.group(1)), int(found.group(2))
    for line in re.findall(r"Unproven \$equiv .*", log):
        print(f"equiv_formal: {line}")
    print(f"equiv_formal: {args.module}: {proven} signals proved equal, {unproven} not")
    sys.exit(1 if unproven or proven == 0 else 0)


if __name__ == "__main__":
    main()
