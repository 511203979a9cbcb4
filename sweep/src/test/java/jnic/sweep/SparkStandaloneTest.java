package jnic.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep on a real Spark cluster, submitted as a user would: a standalone master and a worker,
 * started by the test on this machine and listening on loopback only, and {@code spark-submit}
 * (Spark's {@code SparkSubmit}) of the job jar, {@code sweep/target/jnic-sweep-job.jar}. The
 * cluster is a Spark home whose {@code jars/} holds Spark's jars (the same Maven artifacts) and
 * nothing of jnic's; every process runs in a directory outside the repository, so the executors
 * find jnic's classes and the simulation's native library only in the job jar the driver ships
 * them. The table written must be the one the same runs give directly, without Spark.
 */
class SparkStandaloneTest {
    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Spark's jars and their dependencies: the test's class path without jnic's own jars, what only
     * jnic needs (jnr-ffi, jffi, JNA, ASM: Spark 4.2 ships none of them) and the test's own.
     */
    private static List<Path> sparkJars() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.getFileName().toString().endsWith(".jar"))
                .filter(p -> !p.getFileName().toString().startsWith("jnic-"))
                .filter(p -> Stream.of("/com/github/jnr/", "/net/java/dev/jna/", "/org/ow2/asm/", "junit", "opentest4j")
                        .noneMatch(p.toString()::contains))
                .toList();
    }

    /** A JVM of Spark's jars with Spark's module openings, in {@code dir}, its output in {@code log}. */
    private Process start(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(sparkJvmOptions());
        command.addAll(List.of("-Xmx512m", "-cp", sparkHome.resolve("jars") + File.separator + "*", mainClass));
        command.addAll(Arrays.asList(args));
        ProcessBuilder b = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
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

    /** runs.csv's rows without the CPU-time column, which differs from run to run. */
    private static List<String> withoutCpu(List<String> csv) {
        List<String> header = List.of(csv.get(0).split(",", -1));
        int cpu = header.indexOf("cpu_s");
        return csv.stream()
                .map(line -> {
                    List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
                    cells.remove(cpu);
                    return String.join(",", cells);
                })
                .toList();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theJobJarSubmittedToAStandaloneClusterGivesTheTableTheDirectRunsGive() throws Exception {
        Path job = Path.of("target", "jnic-sweep-job.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(job), job + " (made by the build before the tests)");
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home"));
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        for (Path jar : sparkJars()) {
            Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
        }
        Path grid = Files.writeString(
                dir.resolve("cluster.grid"),
                String.join(
                        "\n",
                        "medium = hub",
                        "stations = 2, 4",
                        "frame_bytes = 64, 1518",
                        "load = 1.2",
                        "duration_ms = 2",
                        ""));
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        Process m = start(
                sparkHome,
                dir.resolve("master.log"),
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--webui-port",
                Integer.toString(freePort()));
        Process w = null;
        Process submit = null;
        try {
            awaitListening(port, m);
            w = start(
                    sparkHome,
                    dir.resolve("worker.log"),
                    "org.apache.spark.deploy.worker.Worker",
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
            Path out = dir.resolve("out");
            submit = start(
                    sparkHome,
                    dir.resolve("submit.log"),
                    "org.apache.spark.deploy.SparkSubmit",
                    "--master",
                    master,
                    "--conf",
                    "spark.driver.host=127.0.0.1",
                    "--conf",
                    "spark.driver.bindAddress=127.0.0.1",
                    "--conf",
                    "spark.executor.memory=1g",
                    "--conf",
                    "spark.cores.max=2",
                    "--conf",
                    "spark.executor.extraJavaOptions=" + String.join(" ", sparkJvmOptions()),
                    "--class",
                    "jnic.sweep.SweepMain",
                    job.toString(),
                    grid.toString(),
                    out.toString(),
                    "submit",
                    "120");
            assertTrue(
                    submit.waitFor(4, TimeUnit.MINUTES), "spark-submit ended; its log: " + dir.resolve("submit.log"));
            assertEquals(0, submit.exitValue(), Files.readString(dir.resolve("submit.log")));
            Path direct = dir.resolve("direct.csv");
            SweepMain.write(direct, Sweep.direct(Grid.read(grid), 120));
            assertEquals(
                    withoutCpu(Files.readAllLines(direct)),
                    withoutCpu(Files.readAllLines(out.resolve("runs.csv"))),
                    "logs in " + dir);
            try (Stream<Path> apps = Files.list(dir.resolve("work"))) {
                assertEquals(
                        1,
                        apps.filter(a -> a.getFileName().toString().startsWith("app-"))
                                .count(),
                        "the worker ran the sweep's executors (its work directory holds the application's)");
            }
        } finally {
            for (Process p : new Process[] {submit, w, m}) {
                if (p != null) {
                    p.descendants().forEach(ProcessHandle::destroy);
                    p.destroy();
                    p.waitFor(20, TimeUnit.SECONDS);
                }
            }
        }
    }
}
