package jnic.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jnic.cli.bench.BenchReport;
import jnic.cli.bench.BenchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jnic bench}: runs the benchmarks (each in a JVM or process of its own, as JMH wants),
 * showing each one's progress, then prints the table of headline figures and ratios and writes
 * summary.json and report.html beside the benchmarks' own JSON and Markdown.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the benchmarks and prints a table of figures, each with its reference from the same run and the ratio.",
            "Writes RESULTS/<benchmark>.json and .md, RESULTS/summary.json and RESULTS/report.html (plots). Build first (make build)."
        })
final class BenchCommand implements Callable<Integer> {
    /** A benchmark: its name, what it measures, how long it takes (full, quick) and its main class (null: a native program). */
    record Step(String name, String what, String full, String quick, String mainClass) {}

    static final List<Step> STEPS = List.of(
            new Step(
                    "crc",
                    "CRC-32: Verilated CRC cores of 8 to 64 bits and a Java table against java.util.zip.CRC32 (JMH)",
                    "4 min",
                    "1 min",
                    "jnic.bench.crc.CrcBench"),
            new Step(
                    "phy",
                    "Manchester coding: Verilated codec against a Java reference (JMH), and bare simulation speed",
                    "1 min",
                    "20 s",
                    "jnic.bench.phy.PhyBench"),
            new Step(
                    "driver",
                    "the Java driver on a simulated NIC: frames/s and native calls per frame against the world alone",
                    "1 min",
                    "15 s",
                    "jnic.bench.driver.DriverBench"),
            new Step(
                    "stack",
                    "UDP echo through the jnic stack against Linux UDP over 127.0.0.1",
                    "2 min",
                    "30 s",
                    "jnic.bench.stack.UdpEchoBench"),
            new Step(
                    "tcp",
                    "TCP bulk transfer: jnic over TAP against Linux over veth (needs root for namespaces)",
                    "3 min",
                    "1 min",
                    "jnic.bench.stack.TcpBench"),
            new Step(
                    "lan",
                    "the kernel across the simulated LAN: TCP both ways and ping through a TAP station (needs root)",
                    "1 min",
                    "30 s",
                    "jnic.bench.stack.LanBench"),
            new Step(
                    "world",
                    "co-simulation speed in CPU time: the world of two NICs against a bare C++ loop on the same models and"
                            + " on the previous design's, untraced against traced models, real-time factors",
                    "2 min",
                    "15 s",
                    null),
            new Step(
                    "simtcp",
                    "TCP bulk between two jnic hosts over the simulated adapters: goodput per CPU second, both builds,"
                            + " against the same transfer over an in-memory LAN",
                    "1 min",
                    "10 s",
                    "jnic.bench.stack.SimTcpBench"),
            new Step(
                    "fairness",
                    "CSMA/CD on a hub: 2, 4 and 8 saturated stations of both builds, their shares of the frames"
                            + " (Jain's index), collisions, the capture effect, efficiency against Metcalfe & Boggs",
                    "2 min",
                    "10 s",
                    null),
            new Step(
                    "netty",
                    "unmodified Netty (HTTP server and client) over jnic's channels on an in-memory LAN, against the"
                            + " same programs on the JDK's provider over 127.0.0.1",
                    "30 s",
                    "5 s",
                    "jnic.bench.stack.NettyHttpBench"));

    @Option(names = "--quick", description = "shorter measurements (figures less steady)")
    boolean quick;

    @Option(
            names = "--only",
            split = ",",
            paramLabel = "NAME",
            description = "run only these: crc, phy, driver, stack, tcp, lan, world, simtcp, fairness, netty")
    List<String> only;

    @Option(names = "--results", description = "where the results go (default: bench/results under the jnic directory)")
    Path results;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path root =
                Path.of(System.getProperty("jnic.root", ".")).toAbsolutePath().normalize();
        Path out = results != null ? results.toAbsolutePath() : root.resolve("bench/results");
        Set<String> names = STEPS.stream().map(Step::name).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Step> steps = new ArrayList<>();
        for (Step s : STEPS) {
            if (only == null || only.contains(s.name())) {
                steps.add(s);
            }
        }
        if (only != null) {
            for (String n : only) {
                if (!names.contains(n)) {
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(), "'" + n + "' is not a benchmark: " + String.join(", ", names));
                }
            }
        }
        Path benchClasses = root.resolve("bench/target/classes");
        Path worldSpeed = root.resolve("hw-sim/build/jnic_world_speed");
        if (!Files.isDirectory(benchClasses) || !Files.isExecutable(worldSpeed)) {
            System.err.println("jnic bench: the benchmarks are not built under " + root + "; run 'make build' first");
            return 2;
        }
        Files.createDirectories(out);
        List<String> failed = new ArrayList<>();
        Set<String> ran = new LinkedHashSet<>();
        long all = System.nanoTime();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "[%d/%d] %s: %s (about %s)%n",
                    i + 1,
                    steps.size(),
                    s.name(),
                    s.what(),
                    quick ? s.quick() : s.full());
            long started = System.nanoTime();
            int code = run(command(s, root, out));
            System.out.printf(
                    Locale.ROOT,
                    "[%d/%d] %s: %s in %.0f s%n",
                    i + 1,
                    steps.size(),
                    s.name(),
                    code == 0 ? "done" : "FAILED (exit " + code + ")",
                    (System.nanoTime() - started) / 1e9);
            if (code == 0) {
                ran.add(s.name());
            } else {
                failed.add(s.name());
            }
        }
        List<BenchSummary.Row> rows = BenchSummary.read(out).stream()
                .filter(r -> ran.contains(r.benchmark()))
                .toList();
        String machine = Machine.describe();
        System.out.println();
        System.out.println("jnic benchmarks on " + machine + (quick ? " (--quick)" : ""));
        System.out.println(table(rows));
        BenchReport.writeJson(out.resolve("summary.json"), machine, rows);
        BenchReport.writeHtml(out.resolve("report.html"), machine, rows);
        System.out.printf(
                Locale.ROOT,
                "wrote %s and %s (%.0f s in all)%n",
                out.resolve("summary.json"),
                out.resolve("report.html"),
                (System.nanoTime() - all) / 1e9);
        if (!failed.isEmpty()) {
            System.out.println("FAILED: " + String.join(", ", failed) + " (their output is above)");
            return 1;
        }
        return 0;
    }

    private List<String> command(Step s, Path root, Path out) {
        if (s.name().equals("fairness")) {
            return List.of(
                    root.resolve("hw-sim/build/jnic_hub_fairness").toString(),
                    quick ? "quick" : "full",
                    out.resolve("fairness.json").toString(),
                    out.resolve("fairness.md").toString());
        }
        if (s.mainClass() == null) {
            return List.of(
                    root.resolve("hw-sim/build/jnic_world_speed").toString(),
                    quick ? "1000000" : "4000000",
                    out.resolve("world.json").toString(),
                    out.resolve("world.md").toString(),
                    quick ? "1" : "5"); // interleaved rounds
        }
        List<String> c = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                root.resolve("bench/target/classes") + ":" + root.resolve("bench/target/lib") + "/*",
                "-Djnic.root=" + root,
                "-Djnic.bench.results=" + out,
                s.mainClass()));
        if (quick) {
            c.add("--quick");
        }
        return c;
    }

    /** Runs a benchmark, its output indented under the progress line. */
    private static int run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                System.out.println("      " + line);
            }
        }
        return p.waitFor();
    }

    static String table(List<BenchSummary.Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%-7s %-60s %16s  %-42s %14s %9s%n",
                "bench",
                "figure",
                "value",
                "reference (same run)",
                "reference",
                "ratio"));
        for (BenchSummary.Row r : rows) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-7s %-60s %16s  %-42s %14s %9.3g%n",
                    r.benchmark(),
                    r.what(),
                    BenchReport.format(r.value()) + " " + r.unit(),
                    r.reference(),
                    BenchReport.format(r.referenceValue()),
                    r.ratio()));
        }
        return b.toString();
    }
}
