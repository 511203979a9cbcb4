package jnic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import jnic.hdl.Generate;
import jnic.hdl.crc.Crc32;
import jnic.hdl.mac.Mac;
import jnic.hdl.nic.Nic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jnic gen}: the Verilog of the NIC from its Java description (what `make verilog` runs). */
@Command(
        name = "gen",
        mixinStandardHelpOptions = true,
        description = {
            "Generate the NIC's Verilog from its Java (SpinalHDL) description.",
            "With no --build or --width, every top and the register header (what make verilog commits, with the register map's Java class"
                    + " when --java-out names the source root, hw-sim/src/main/java in this repository); with them, only the tops asked for."
        })
final class GenCommand implements Callable<Integer> {
    @Option(names = "--out", description = "output directory (default: ${DEFAULT-VALUE})", defaultValue = "verilog-out")
    Path out;

    @Option(
            names = "--java-out",
            description =
                    "also write the register map's Java class, jnic.sim.nic.NicRegisterMap, under this source root")
    Path javaOut;

    @Option(
            names = "--build",
            description = "only this build's NIC and MAC: phy (Manchester line coding) or fast (byte-wide line)",
            converter = LanOptions.BuildConverter.class)
    jnic.driver.sim.SimLan.Build build;

    @Option(names = "--width", description = "only the CRC-32 core of this data width in bits: 8, 16, 32 or 64")
    Integer width;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Set<String> tops = new HashSet<>();
        if (width != null) {
            if (Arrays.stream(Crc32.SUPPORTED_WIDTHS).noneMatch(w -> w == width)) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--width " + width + ": the CRC-32 core comes in " + Arrays.toString(Crc32.SUPPORTED_WIDTHS)
                                + " bits");
            }
            tops.add(Crc32.topName(width));
        }
        if (build != null) {
            Mac.Build b = Mac.Build.valueOf(build.name().toUpperCase(Locale.ROOT));
            tops.add(Nic.topName(b));
            tops.add(Mac.topName(b));
        }
        Files.createDirectories(out);
        for (Path p : tops.isEmpty() ? Generate.generateAll(out, javaOut) : Generate.generate(out, tops::contains)) {
            System.out.println("wrote " + p);
        }
        return 0;
    }
}
