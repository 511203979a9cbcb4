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
 * and seed) and {@code summary.md} where it is told.
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
        try {
            runs = Grid.read(Path.of(args[0]));
        } catch (Grid.GridException | IOException e) {
            System.err.println("jnic sweep: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path out = Path.of(args[1]);
        String master = args[2];
        double limit = Double.parseDouble(args[3]);
        long wall = System.nanoTime();
        System.out.printf(Locale.ROOT, "jnic sweep: %d runs from %s on %s%n", runs.size(), args[0], master);
        List<RunResult> results = master.equals("direct")
                ? Sweep.direct(runs, limit)
                : Sweep.onSpark(runs, master.equals("submit") ? null : master, limit, System.out);
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        Files.createDirectories(out);
        write(out.resolve("runs.csv"), results);
        String summary = summary(args[0], master, results, wallSeconds);
        Files.writeString(out.resolve("summary.md"), summary);
        System.out.print(summary);
        System.out.println("jnic sweep: wrote " + out.resolve("runs.csv") + " and " + out.resolve("summary.md"));
    }

    static void write(Path csv, List<RunResult> results) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            w.println(RunResult.CSV_HEADER);
            for (RunResult r : results) {
                w.println(r.csv());
            }
        }
    }

    static String summary(String grid, String master, List<RunResult> results, double wall) {
        StringBuilder b = new StringBuilder("# jnic sweep\n\n");
        long failed = results.stream().filter(r -> r.error() != null).count();
        double runCpu = results.stream().mapToDouble(RunResult::cpuSeconds).sum();
        b.append(String.format(
                Locale.ROOT,
                "%d runs of %s on %s: %d failed; %.1f s of wall time, %.1f s of CPU in the runs themselves"
                        + " (%.2f runs per CPU-second)%n",
                results.size(),
                grid,
                master,
                failed,
                wall,
                runCpu,
                runCpu > 0 ? results.size() / runCpu : 0));
        b.append("\n| medium | build | stations | BER | ppm | frame bytes | load | seed | offered | delivered | loss"
                + " | loss from BER | Mb/s | efficiency | Metcalfe & Boggs | delay p50 µs | delay p99 µs | collisions"
                + " | FCS errors | Jain |\n");
        b.append(
                "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult r : results) {
            if (r.error() != null) {
                continue;
            }
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
