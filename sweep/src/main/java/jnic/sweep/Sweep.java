package jnic.sweep;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Runs a grid's worlds on Apache Spark, one task per run: embedded ({@code local[*]}, every core
 * of this machine) or on a cluster ({@code spark://host:port}, or whatever spark-submit's
 * {@code --master} gave). The results come back in the grid's order, failures among them as
 * results. {@link #direct} runs the same grid without Spark, one run after another, as the
 * reference the engine must agree with.
 */
public final class Sweep {
    private Sweep() {}

    /**
     * Runs {@code runs} on Spark; {@code master} null leaves it to the environment (spark-submit).
     * Progress (runs done of all, and an estimate of the time left) goes to {@code progress}.
     */
    public static List<RunResult> onSpark(
            List<RunSpec> runs, String master, double wallLimitSeconds, PrintStream progress) {
        return onSpark(runs, master, wallLimitSeconds, progress, Map.of());
    }

    /** As {@link #onSpark(List, String, double, PrintStream)}, with more of Spark's settings (a cluster's, say). */
    public static List<RunResult> onSpark(
            List<RunSpec> runs,
            String master,
            double wallLimitSeconds,
            PrintStream progress,
            Map<String, String> settings) {
        SparkConf conf = new SparkConf()
                .setAppName("jnic sweep")
                .set("spark.ui.enabled", "false")
                // a run is a task: one at a time per core, and a failed run is a result, never retried
                .set("spark.task.maxFailures", "1");
        if (master != null) {
            conf.setMaster(master);
        }
        if (master != null && master.startsWith("local")) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        settings.forEach(conf::set);
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            spark.sc().addSparkListener(new Progress(runs.size(), progress));
            return new ArrayList<>(spark.parallelize(runs, Math.max(1, runs.size()))
                    .map(run -> WorldRun.run(run, wallLimitSeconds))
                    .collect());
        }
    }

    /** The same runs one after another on this thread, without Spark. */
    public static List<RunResult> direct(List<RunSpec> runs, double wallLimitSeconds) {
        List<RunResult> results = new ArrayList<>();
        for (RunSpec r : runs) {
            results.add(WorldRun.run(r, wallLimitSeconds));
        }
        return results;
    }

    /**
     * Counts finished tasks: runs done of all, and the time left if the rest go as fast; said at
     * each hundredth of the runs and at the last (a sweep of ten thousand runs says it 100 times).
     */
    private static final class Progress extends SparkListener {
        private final int total;
        private final PrintStream out;
        private final AtomicInteger done = new AtomicInteger();
        private final long started = System.nanoTime();

        Progress(int total, PrintStream out) {
            this.total = total;
            this.out = out;
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            int d = done.incrementAndGet();
            if (d != total && (long) d * 100 / total == (long) (d - 1) * 100 / total) {
                return;
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            double left = elapsed / d * (total - d);
            out.printf(
                    Locale.ROOT,
                    "jnic sweep: %d of %d runs done, %.0f s so far, about %.0f s left%n",
                    d,
                    total,
                    elapsed,
                    left);
        }
    }
}
