package jnic.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import jnic.sim.NativeLibrary;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** What every jnic benchmark main shares: argument check, JMH settings, result files. */
public final class JmhRunner {
    public static final ObjectMapper JSON = new ObjectMapper();

    private JmhRunner() {}

    /** {@code --quick} or nothing; anything else is an error that exits with status 2. */
    public static boolean quick(String program, String[] args) {
        boolean quick = false;
        for (String a : args) {
            if (a.equals("--quick")) {
                quick = true;
            } else {
                System.err.println(program + ": unknown argument '" + a + "' (only --quick is accepted)");
                System.exit(2);
            }
        }
        return quick;
    }

    public static Path root() {
        return Path.of(System.getProperty("jnic.root", ".")).toAbsolutePath().normalize();
    }

    /** Runs the benchmark classes in one forked JVM with the native library found. */
    public static Collection<RunResult> run(boolean quick, Class<?>... benchmarks) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .jvmArgsAppend("-Djnic.root=" + root(), "-Djnic.sim.lib=" + NativeLibrary.directory())
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.milliseconds(quick ? 300 : 1000))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.milliseconds(quick ? 300 : 1000));
        for (Class<?> b : benchmarks) {
            options.include(b.getName());
        }
        return new Runner(options.build()).run();
    }

    /** A results object with the run's circumstances filled in. */
    public static ObjectNode header(String benchmark, boolean quick) {
        ObjectNode json = JSON.createObjectNode();
        json.put("benchmark", benchmark);
        json.put("when", Instant.now().toString());
        json.put("quick", quick);
        json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        json.put("cpus", Runtime.getRuntime().availableProcessors());
        return json;
    }

    /** Where results go: bench/results/, or the directory named by -Djnic.bench.results (jnic bench --results). */
    public static Path resultsDirectory() {
        String other = System.getProperty("jnic.bench.results");
        return other != null ? Path.of(other).toAbsolutePath().normalize() : root().resolve("bench/results");
    }

    /** Writes {@code <name>.json} and {@code <name>.md} under {@link #resultsDirectory()}. */
    public static void write(String name, ObjectNode json, String markdown) throws IOException {
        Path dir = resultsDirectory();
        Files.createDirectories(dir);
        JSON.writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve(name + ".json").toFile(), json);
        Files.writeString(dir.resolve(name + ".md"), markdown);
        System.out.println("wrote " + dir.resolve(name + ".json") + " and " + dir.resolve(name + ".md"));
    }
}
