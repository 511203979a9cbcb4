package jnic.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The sweep's program ({@code jnic sweep} starts it, and {@code spark-submit} can): reads a grid,
 * runs it on Spark or directly, writes {@code runs.csv} (a row per run, failures with their error
 * and seed), {@code summary.md}, and {@code report.html} with the grid's plots (each also as
 * {@code plot-N.svg}) where it is told.
 *
 * <p>Arguments: {@code GRID OUT MASTER LIMIT}: the grid file, the output directory, the Spark
 * master ({@code local[*]}, {@code spark://host:port}, {@code submit} for what spark-submit set, or
 * {@code direct} for no Spark) and each run's wall-time limit in seconds.
 */
public final class SweepMain {
    private SweepMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: SweepMain GRID OUT MASTER LIMIT_SECONDS");
            System.exit(2);
        }
        List<RunSpec> runs;
        List<Plot> plots;
        try {
            runs = Grid.read(Path.of(args[0]));
            plots = Grid.readPlots(Path.of(args[0]));
        } catch (Grid.GridException | IOException e) {
            System.err.println("jnic sweep: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path out = Path.of(args[1]);
        String master = args[2];
        double limit;
        try {
            limit = Double.parseDouble(args[3]);
        } catch (NumberFormatException e) {
            limit = Double.NaN;
        }
        if (!(limit > 0) || Double.isInfinite(limit)) {
            System.err.println("jnic sweep: the time limit is seconds above 0, not " + args[3]);
            System.exit(2);
            return;
        }
        long wall = System.nanoTime();
        System.out.printf(Locale.ROOT, "jnic sweep: %d runs from %s on %s%n", runs.size(), args[0], master);
        List<RunResult> results = master.equals("direct")
                ? Sweep.direct(runs, limit)
                : Sweep.onSpark(runs, master.equals("submit") ? null : master, limit, System.out);
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        Files.createDirectories(out);
        write(out.resolve("runs.csv"), results);
        String summary = summary(args[0], master, results, wallSeconds, plots);
        Files.writeString(out.resolve("summary.md"), summary);
        Report.write(out, headline(args[0], master, results, wallSeconds), plots, results);
        System.out.print(summary);
        System.out.println("jnic sweep: wrote " + out.resolve("runs.csv") + ", " + out.resolve("summary.md") + " and "
                + out.resolve("report.html") + (plots.isEmpty() ? "" : " with " + plots.size() + " plots"));
    }

    static void write(Path csv, List<RunResult> results) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            w.println(RunResult.CSV_HEADER);
            for (RunResult r : results) {
                w.println(r.csv());
            }
        }
    }

    /** What ran, where, with how many failures, in how much wall and CPU time. */
    static String headline(String grid, String master, List<RunResult> results, double wall) {
        long failed = results.stream().filter(r -> r.error() != null).count();
        double runCpu = results.stream().mapToDouble(RunResult::cpuSeconds).sum();
        return String.format(
                Locale.ROOT,
                "%d runs of %s on %s: %d failed; %.1f s of wall time, %.1f s of CPU in the runs themselves"
                        + " (%.2f runs per CPU-second)",
                results.size(),
                grid,
                master,
                failed,
                wall,
                runCpu,
                runCpu > 0 ? results.size() / runCpu : 0);
    }

    static String summary(String grid, String master, List<RunResult> results, double wall, List<Plot> plots) {
        StringBuilder b = new StringBuilder("# jnic sweep\n\n");
        long failed = results.stream().filter(r -> r.error() != null).count();
        b.append(headline(grid, master, results, wall)).append('\n');
        for (int i = 0; i < plots.size(); i++) {
            b.append("\n![")
                    .append(plots.get(i).title())
                    .append("](")
                    .append(Report.plotFile(i + 1))
                    .append(")\n");
        }
        hostileSummary(b, results);
        List<RunResult> traffic = results.stream()
                .filter(r -> r.error() == null && r.spec().scenario().equals("traffic"))
                .toList();
        if (traffic.isEmpty()) {
            return failures(b, results, failed);
        }
        b.append("\n| medium | build | stations | BER | ppm | frame bytes | load | seed | offered | delivered | loss"
                + " | loss from BER | Mb/s | efficiency | Metcalfe & Boggs | delay p50 µs | delay p99 µs | collisions"
                + " | FCS errors | Jain |\n");
        b.append(
                "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult r : traffic.subList(0, Math.min(traffic.size(), ROWS_SHOWN))) {
            RunSpec s = r.spec();
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %.3g | %.0f | %d | %.2f | %d | %d | %d | %.4f | %.4f | %.2f | %.3f | %s | %.1f | %.1f | %d"
                            + " | %d | %.3f |%n",
                    s.medium(),
                    s.build(),
                    s.stations(),
                    s.ber(),
                    s.ppm(),
                    s.frameBytes(),
                    s.load(),
                    s.seed(),
                    r.offered(),
                    r.delivered(),
                    r.loss(),
                    r.lossFromBer(),
                    r.throughputMbps(),
                    r.efficiency(),
                    Double.isNaN(r.efficiencyMetcalfeBoggs())
                            ? "–"
                            : String.format(Locale.ROOT, "%.3f", r.efficiencyMetcalfeBoggs()),
                    r.delayP50Us(),
                    r.delayP99Us(),
                    r.collisions(),
                    r.fcsErrors(),
                    r.fairness()));
        }
        if (traffic.size() > ROWS_SHOWN) {
            b.append("\nThe first ")
                    .append(ROWS_SHOWN)
                    .append(" of ")
                    .append(traffic.size())
                    .append(" runs; all of them are in runs.csv.\n");
        }
        return failures(b, results, failed);
    }

    /** Rows a summary shows at most; runs.csv has every run. */
    static final int ROWS_SHOWN = 300;

    /** Hostile runs by frame loss: how many, how many failed, the transfer's goodput and time, the frames found malformed. */
    private static void hostileSummary(StringBuilder b, List<RunResult> results) {
        java.util.Map<Double, List<RunResult>> byLoss = new java.util.TreeMap<>();
        for (RunResult r : results) {
            if (r.spec().scenario().equals("hostile")) {
                byLoss.computeIfAbsent(r.spec().frameLoss(), k -> new java.util.ArrayList<>())
                        .add(r);
            }
        }
        if (byLoss.isEmpty()) {
            return;
        }
        b.append(
                "\n| frame loss | runs | failed | hostile frames sent | counted malformed (mean) | goodput Mb/s (median)"
                        + " | transfer ms (median) | transfer ms (max) |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byLoss.forEach((loss, runs) -> {
            List<RunResult> ok = runs.stream().filter(r -> r.error() == null).toList();
            double[] goodput =
                    ok.stream().mapToDouble(RunResult::throughputMbps).sorted().toArray();
            double[] ms = ok.stream()
                    .mapToDouble(r -> r.delayMeanUs() / 1000)
                    .sorted()
                    .toArray();
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    loss,
                    runs.size(),
                    runs.size() - ok.size(),
                    runs.stream().mapToLong(RunResult::offered).sum(),
                    ok.stream().mapToLong(RunResult::fcsErrors).average().orElse(Double.NaN),
                    goodput.length == 0 ? Double.NaN : goodput[goodput.length / 2],
                    ms.length == 0 ? Double.NaN : ms[ms.length / 2],
                    ms.length == 0 ? Double.NaN : ms[ms.length - 1]));
        });
    }

    /** The failed runs, each with its seed and error. */
    private static String failures(StringBuilder b, List<RunResult> results, long failed) {
        if (failed > 0) {
            b.append("\n| seed | run | error |\n|---:|---|---|\n");
            for (RunResult r : results) {
                if (r.error() != null) {
                    b.append("| ")
                            .append(r.spec().seed())
                            .append(" | ")
                            .append(r.spec().csv())
                            .append(" | ")
                            .append(r.error().replace("|", "\\|"))
                            .append(" |\n");
                }
            }
        }
        return b.toString();
    }
}
