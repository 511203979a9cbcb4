package jnic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jnic.hdl.Generate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jnic gen}: the Verilog of the NIC from its Java description (what `make verilog` runs). */
@Command(name = "gen", mixinStandardHelpOptions = true, description = "Generate the NIC's Verilog from its Java (SpinalHDL) description.")
final class GenCommand implements Callable<Integer> {
    @Option(names = "--out", description = "output directory (default: ${DEFAULT-VALUE})", defaultValue = "verilog-out")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        for (Path p : Generate.generateAll(out)) {
            System.out.println("wrote " + p);
        }
        return 0;
    }
}
