package jnic.hdl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jnic.hdl.core.Hw;
import jnic.hdl.core.HwComponent;
import jnic.hdl.crc.Crc32;
import jnic.hdl.mac.AddressFilter;
import jnic.hdl.mac.Mac;
import jnic.hdl.mac.MacTx;
import jnic.hdl.mac.RxByteFramer;
import jnic.hdl.mac.RxChecker;
import jnic.hdl.nic.Nic;
import jnic.hdl.nic.NicConfig;
import jnic.hdl.nic.RegisterClass;
import jnic.hdl.nic.RegisterHeader;
import jnic.hdl.phy.ManchesterDecoder;
import jnic.hdl.phy.ManchesterEncoder;
import jnic.hdl.phy.ManchesterPhy;
import jnic.hdl.phy.RxNibbleFramer;

/**
 * Writes the Verilog of every jnic top into a directory (by default {@code verilog-out/}), beside
 * it the register map as a C header ({@link RegisterHeader}), and the register map as software's
 * Java class into hw-sim's sources ({@link RegisterClass}). {@code make verilog} runs this; a test
 * checks the committed files match its output.
 */
public final class Generate {
    /** Line samples per bit in the phy build: see ManchesterDecoder for the choice. */
    public static final int SAMPLES_PER_BIT = 8;

    /** Where software's register map class goes, as a source root: hw-sim's Java sources. */
    public static final String JAVA_SOURCES = "hw-sim/src/main/java";

    private Generate() {}

    /** Every generated top: Verilog module name → constructor. */
    public static Map<String, Supplier<? extends HwComponent>> tops() {
        Map<String, Supplier<? extends HwComponent>> tops = new LinkedHashMap<>();
        for (int width : Crc32.SUPPORTED_WIDTHS) {
            tops.put(Crc32.topName(width), () -> new Crc32(width));
        }
        tops.put("MacTx", MacTx::new);
        tops.put("ManchesterEncoder", () -> new ManchesterEncoder(SAMPLES_PER_BIT, 4)); // nibbles, as the PHY uses it
        tops.put("ManchesterDecoder", () -> new ManchesterDecoder(SAMPLES_PER_BIT));
        tops.put("RxNibbleFramer", RxNibbleFramer::new);
        tops.put("ManchesterPhy", () -> new ManchesterPhy(SAMPLES_PER_BIT));
        tops.put("RxByteFramer", RxByteFramer::new);
        tops.put("RxChecker", RxChecker::new);
        tops.put("AddressFilter", AddressFilter::new);
        for (Mac.Build build : Mac.Build.values()) {
            tops.put(Mac.topName(build), () -> new Mac(build, SAMPLES_PER_BIT));
        }
        for (Mac.Build build : Mac.Build.values()) {
            tops.put(Nic.topName(build), () -> new Nic(build, SAMPLES_PER_BIT, NicConfig.STANDARD));
        }
        return tops;
    }

    /**
     * Tops for {@code make synth} only, not committed or simulated: the same generators with the
     * parameters of a particular FPGA. {@code NicFastHx8k} and {@code NicPhyHx8k} are the adapter
     * with the buffer memory the iCE40 HX8K's 32 block RAMs hold ({@link NicConfig#HX8K});
     * {@code NicFastUp5k} and {@code NicPhyUp5k} are the standard adapter under the name it is
     * synthesised by for the iCE40 UltraPlus UP5K, whose four single-port SPRAMs take its buffer memory.
     */
    public static Map<String, Supplier<? extends HwComponent>> synthesisTops() {
        Map<String, Supplier<? extends HwComponent>> tops = new LinkedHashMap<>();
        for (Mac.Build build : Mac.Build.values()) {
            tops.put(Nic.topName(build) + "Hx8k", () -> new Nic(build, SAMPLES_PER_BIT, NicConfig.HX8K));
            tops.put(Nic.topName(build) + "Up5k", () -> new Nic(build, SAMPLES_PER_BIT, NicConfig.STANDARD));
        }
        return tops;
    }

    /**
     * Generates every top and the register header into {@code directory}, and the register map's
     * Java class below the source root {@code javaSources} unless it is null; returns the files written.
     */
    public static List<Path> generateAll(Path directory, Path javaSources) throws IOException {
        List<Path> written = generate(directory, name -> true);
        Files.createDirectories(directory);
        written.add(RegisterHeader.write(directory));
        if (javaSources != null) {
            written.add(RegisterClass.write(javaSources));
        }
        return written;
    }

    /** Generates the tops whose module names {@code which} accepts; returns the files written. */
    public static List<Path> generate(Path directory, Predicate<String> which) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Supplier<? extends HwComponent>> top : tops().entrySet()) {
            if (which.test(top.getKey())) {
                written.add(Hw.emitVerilog(directory, top.getKey(), top.getValue()));
            }
        }
        return written;
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--synthesis")) {
            Path out = Files.createDirectories(Path.of(args[1]));
            for (Map.Entry<String, Supplier<? extends HwComponent>> top :
                    synthesisTops().entrySet()) {
                System.out.println("wrote " + Hw.emitVerilog(out, top.getKey(), top.getValue()));
            }
            return;
        }
        if (args.length > 2 || Arrays.stream(args).anyMatch(a -> a.startsWith("-"))) {
            System.err.println("usage: Generate [VERILOG_DIRECTORY [JAVA_SOURCE_ROOT]]   (default: verilog-out "
                    + JAVA_SOURCES + ")\n       Generate --synthesis DIRECTORY   (the tops only make synth uses)");
            System.exit(2);
        }
        Path out = Path.of(args.length >= 1 ? args[0] : "verilog-out");
        Path javaSources = Path.of(args.length == 2 ? args[1] : JAVA_SOURCES);
        Files.createDirectories(out);
        for (Path p : generateAll(out, javaSources)) {
            System.out.println("wrote " + p);
        }
    }
}
