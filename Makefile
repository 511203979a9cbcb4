# jnic: set-up and entry points. `make demo` and `make test` are all a fresh machine needs.
SHELL := /bin/bash
MVN   := mvn -B -ntp -Dstyle.color=never
ROOT  := $(CURDIR)

# Debian packages the build uses; `make deps` installs whichever are missing.
DEB_TOOLS := verilator:verilator yosys:yosys nextpnr-ice40:nextpnr-ice40 icepack:fpga-icestorm iverilog:iverilog ping:iputils-ping nc:netcat-openbsd chromium:chromium \
             clang-format:clang-format nft:nftables ab:apache2-utils curl:curl \
             tshark:tshark
DEB_BUILD := g++:g++ make:make mvn:maven java:openjdk-17-jdk-headless python3:python3

.PHONY: deps verilog lint format-check formal sim build test fuzz demo bench synth clean

deps:
	@missing=""; \
	for pair in $(DEB_TOOLS) $(DEB_BUILD); do \
	  command -v "$${pair%%:*}" >/dev/null 2>&1 || missing="$$missing $${pair##*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "deps: installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# Regenerate verilog-out/ and hw-sim's NicRegisterMap.java from the Java hardware description (commit the result).
verilog:
	$(MVN) -q -pl hdl-gen -am install -DskipTests
	$(MVN) -q -pl hdl-gen exec:java

# verilator -Wall on every generated file; waivers, each with its reason, in verilog-out/lint.vlt.
lint: deps
	@status=0; for f in verilog-out/*.v; do \
	  verilator --lint-only -Wall verilog-out/lint.vlt "$$f" || status=1; \
	done; \
	[ $$status -eq 0 ] && echo "lint: $$(ls verilog-out/*.v | wc -l) files clean under verilator -Wall"; exit $$status

# The native simulator's C++ against hw-sim/native/.clang-format (make -C hw-sim/native format fixes it).
format-check: deps
	@$(MAKE) -s -C hw-sim/native format-check

# Proofs with yosys' SAT solver and ABC's pdr (scripts and harnesses in formal/, each says what it proves).
formal: deps
	@cd formal && yosys -q rx_fcs_check.ys && \
	  echo "formal: RxChecker's FCS verdicts equal a bit-serial CRC-32 for frames of any length (induction): proved"
	@mkdir -p synth-build && cd formal && yosys -q tx_preamble.ys && \
	  head -1 ../synth-build/tx_preamble.aig | awk '{ exit !($$7 >= 2) }' && \
	  yosys-abc -c "read_aiger ../synth-build/tx_preamble.aig; fold; strash; pdr" | grep -q "Property proved" && \
	  echo "formal: MacTx starts every burst with 7 x 0x55 and 0xD5, all inputs, any number of clocks from power-up (pdr): proved"
	@cd formal && yosys -q decoder_equivalence.ys && \
	  echo "formal: ManchesterDecoder equals the sample-serial decoder it replaced, in every state (equivalence, induction): proved"
	@cd formal && yosys -q crc_equivalence.ys && \
	  echo "formal: the byte-wide CRC-32 core (eight LFSR shifts, preset by clear alone) equals the XOR-equation core it replaced with a word under clear ignored, in every state (equivalence, induction): proved"

# The Verilated hardware as one shared library, hw-sim/build/libjnic_sim.so (incremental).
sim: deps
	$(MAKE) -s -C hw-sim/native

# The simulator first: the sweep's job jar carries it, and Maven decides at its start whether to make one.
build: deps sim
	$(MVN) -q install -DskipTests

test: deps lint format-check formal sim
	$(MVN) install
	tools/fuzz.sh 5

# Every Jazzer target of the stack for FUZZ_SECONDS each (default 300), with the inputs tried.
FUZZ_SECONDS ?= 300
fuzz: deps build
	$(MVN) -q -pl stack test-compile
	tools/fuzz.sh $(FUZZ_SECONDS)

# The seed's story on the simulated hardware: DNS, ARP, TCP and HTTP between two simulated
# adapters; writes out/demo.pcapng and out/client-nic.vcd. More: bin/jnic demo --help.
demo: deps build
	bin/jnic demo --out out

# Every benchmark with progress, then a table of figures and ratios; bench/results/*.json, *.md,
# summary.json and report.html. BENCH_ARGS=--quick for short runs. More: bin/jnic bench --help.
bench: deps build
	bin/jnic bench $(BENCH_ARGS)

# REFERENCE: a verilog-ethernet checkout (or bare clone) for the reference rows; see tools/synth.py.
# TOOLCHAIN=yowasp: the same flow on YoWASP's newer yosys and nextpnr-ice40 (npm, run by node), into
# docs/synth-yowasp.*, beside Debian's figures.
synth: deps
	$(MVN) -q -pl hdl-gen -am install -DskipTests
	python3 tools/synth.py $(if $(REFERENCE),--reference $(REFERENCE)) $(if $(TOOLCHAIN),--toolchain $(TOOLCHAIN))

clean:
	$(MVN) -q clean
	$(MAKE) -s -C hw-sim/native clean
