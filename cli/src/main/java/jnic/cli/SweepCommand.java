package jnic.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jnic sweep}: a grid of world runs on Apache Spark. Spark lives in the sweep module, away
 * from the command line's class path, so this starts the sweep's own program (jnic.sweep.SweepMain)
 * in a JVM of its own, with the JDK module openings Spark needs, as the bench starts its steps.
 */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description =
                "Runs a grid of simulated LANs with traffic (docs/sweep.md) as Apache Spark tasks, embedded or on a"
                        + " cluster; writes runs.csv (a row per run, failures with their error and seed) and summary.md.")
final class SweepCommand implements Callable<Integer> {
    @Option(names = "--grid", required = true, paramLabel = "FILE", description = "the grid: 'key = values' lines")
    Path grid;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "where runs.csv and summary.md go (default ${DEFAULT-VALUE})",
            defaultValue = "sweep-out")
    Path out;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master: local[*] (embedded, every core), local[N], spark://HOST:PORT, or direct"
                    + " (no Spark, one run after another) (default ${DEFAULT-VALUE})",
            defaultValue = "local[*]")
    String master;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            description = "wall time a run may take before it is recorded as failed (default ${DEFAULT-VALUE})",
            defaultValue = "600")
    double timeLimit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isReadable(grid)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--grid: cannot read " + grid);
        }
        if (!(master.equals("direct")
                || master.matches("local(\\[(\\*|[1-9][0-9]*)])?")
                || master.startsWith("spark://"))) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--master: local[*], local[N], spark://HOST:PORT or direct, not " + master);
        }
        if (!(timeLimit > 0) || Double.isInfinite(timeLimit)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--time-limit: a finite number of seconds above 0, not " + timeLimit);
        }
        Path root =
                Path.of(System.getProperty("jnic.root", ".")).toAbsolutePath().normalize();
        Path classes = root.resolve("sweep/target/classes");
        Path options = classes.resolve("jnic/sweep/jvm-options.txt");
        if (!Files.isReadable(options) || !Files.isDirectory(root.resolve("sweep/target/lib"))) {
            System.err.println("jnic sweep: the sweep is not built under " + root + "; run 'make build' first");
            return 2;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(
                Files.readString(options, StandardCharsets.UTF_8).strip().split("\\s+")));
        command.addAll(List.of(
                "-Djnic.root=" + root,
                "-cp",
                classes + ":" + root.resolve("sweep/target/lib") + "/*",
                "jnic.sweep.SweepMain",
                grid.toString(), // as given: the child runs in this directory too
                out.toString(),
                master,
                Double.toString(timeLimit)));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
