package jnic.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep on a real Spark cluster: a standalone master and a worker, started by the test on this
 * machine from the same Maven artifacts and listening on loopback only, run a small grid in
 * executors of their own (separate JVMs the worker starts). The table must be the one the same
 * runs give directly, without Spark.
 */
class SparkStandaloneTest {
    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A JVM on this test's class path with Spark's module openings, its output in {@code log}. */
    private Process start(String mainClass, Path log, Path sparkHome, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(sparkJvmOptions());
        command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(Arrays.asList(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        b.environment().put("SPARK_HOME", sparkHome.toString());
        b.environment().put("SPARK_SCALA_VERSION", "2.13"); // a Spark home of jars only, no build directories
        b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return b.start();
    }

    private static List<String> sparkJvmOptions() throws IOException {
        try (var in = SparkStandaloneTest.class.getResourceAsStream("/jnic/sweep/jvm-options.txt")) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .strip()
                    .split("\\s+"));
        }
    }

    /** Waits until the master accepts connections on {@code port} (or fails if it died). */
    private static void awaitListening(int port, Process master) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!master.isAlive()) {
                throw new IllegalStateException("the Spark master ended with " + master.exitValue());
            }
            try {
                new java.net.Socket(InetAddress.getLoopbackAddress(), port).close();
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Spark master did not listen on " + port + " in 90 s");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aStandaloneMasterAndWorkerGiveTheTableTheDirectRunsGive() throws Exception {
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home"));
        Files.createDirectories(sparkHome.resolve("jars")); // the executors' classes come from the class path below
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        Process m = start(
                "org.apache.spark.deploy.master.Master",
                dir.resolve("master.log"),
                sparkHome,
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--webui-port",
                Integer.toString(freePort()));
        Process w = null;
        try {
            awaitListening(port, m);
            w = start(
                    "org.apache.spark.deploy.worker.Worker",
                    dir.resolve("worker.log"),
                    sparkHome,
                    "--host",
                    "127.0.0.1",
                    "--cores",
                    "2",
                    "--memory",
                    "2g",
                    "--webui-port",
                    Integer.toString(freePort()),
                    "--work-dir",
                    Files.createDirectories(dir.resolve("work")).toString(),
                    master);
            List<RunSpec> runs = Grid.parse(
                    List.of(
                            "medium = hub",
                            "stations = 2, 4",
                            "frame_bytes = 64, 1518",
                            "load = 1.2",
                            "duration_ms = 2"),
                    "cluster grid");
            String root = System.getProperty(
                    "jnic.root", Path.of("..").toAbsolutePath().normalize().toString());
            Map<String, String> cluster = Map.of(
                    "spark.driver.host", "127.0.0.1",
                    "spark.driver.bindAddress", "127.0.0.1",
                    "spark.executor.memory", "1g",
                    "spark.cores.max", "2",
                    "spark.executor.extraClassPath", System.getProperty("java.class.path"),
                    "spark.executor.extraJavaOptions", String.join(" ", sparkJvmOptions()) + " -Djnic.root=" + root);
            List<RunResult> onCluster = Sweep.onSpark(
                    runs,
                    master,
                    120,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    cluster);
            assertEquals(
                    Sweep.direct(runs, 120).stream().map(RunResult::withoutCpu).toList(),
                    onCluster.stream().map(RunResult::withoutCpu).toList(),
                    "logs in " + dir);
            try (var apps = Files.list(dir.resolve("work"))) {
                assertEquals(
                        1,
                        apps.filter(a -> a.getFileName().toString().startsWith("app-"))
                                .count(),
                        "the worker ran the sweep's executors (its work directory holds the application's)");
            }
        } finally {
            for (Process p : new Process[] {w, m}) {
                if (p != null) {
                    p.descendants().forEach(ProcessHandle::destroy);
                    p.destroy();
                    p.waitFor(20, TimeUnit.SECONDS);
                }
            }
        }
    }
}
