package jnic.bench.phy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jnic.bench.JmhRunner;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * {@code make bench}, PHY and MAC part: the Manchester codec in simulated hardware against the
 * Java reference (line Mb/s per wall second, ratio measured in the same run), and the bare C++
 * simulation speed of the MAC builds ({@code hw-sim/build/jnic_sim_speed}). Writes
 * bench/results/phy.json and phy.md.
 */
public final class PhyBench {
    private PhyBench() {}

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        boolean quick = JmhRunner.quick("PhyBench", args);
        JsonNode simSpeed = bareLoop(quick ? 0.5 : 3);
        Collection<RunResult> results = JmhRunner.run(quick, ManchesterBenchmark.class);
        double hardwareUs = Double.NaN;
        double javaUs = Double.NaN;
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double us = r.getPrimaryResult().getScore();
            if (method.equals("verilatedEncoderAndDecoder")) {
                hardwareUs = us;
            } else if (method.equals("javaReferenceCodec")) {
                javaUs = us;
            }
        }
        double bits = ManchesterBenchmark.FRAME_BYTES * 8.0;
        StringBuilder md = new StringBuilder("# PHY and MAC simulation benchmark\n\n");
        md.append("Manchester encode + decode of one 1500-byte frame (8 samples per bit):\n\n");
        md.append(
                "| implementation | µs per frame | line Mb/s per wall second | vs Java reference |\n|---|---:|---:|---:|\n");
        md.append(
                String.format(Locale.ROOT, "| Java reference codec | %.1f | %.1f | 1.0000 |%n", javaUs, bits / javaUs));
        md.append(String.format(
                Locale.ROOT,
                "| Verilated encoder + decoder | %.1f | %.2f | %.4f |%n",
                hardwareUs,
                bits / hardwareUs,
                javaUs / hardwareUs));
        md.append("\nBare C++ loop (no Java), each MAC build's line wired back to itself, 1500-byte frames:\n\n");
        md.append(
                "| build | clock cycles per wall second | simulated line Mb/s per wall second | frames |\n|---|---:|---:|---:|\n");
        for (String build : new String[] {"MacFast", "MacPhy"}) {
            JsonNode b = simSpeed.path(build);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.3g | %.2f | %d |%n",
                    build,
                    b.path("cycles_per_second").asDouble(),
                    b.path("simulated_line_mbit_per_second").asDouble(),
                    b.path("frames_received").asLong()));
        }
        System.out.println();
        System.out.println(md);
        ObjectNode json = JmhRunner.header("phy", quick);
        json.put("frame_bytes", ManchesterBenchmark.FRAME_BYTES);
        json.put("java_reference_us_per_frame", javaUs);
        json.put("verilated_codec_us_per_frame", hardwareUs);
        json.put("verilated_vs_java_ratio", javaUs / hardwareUs);
        json.set("bare_loop", simSpeed);
        JmhRunner.write("phy", json, md.toString());
    }

    /** Runs the native bare-loop benchmark next to the library and reads its JSON. */
    private static JsonNode bareLoop(double seconds) throws IOException, InterruptedException {
        Path exe = jnic.sim.NativeLibrary.directory().resolve("jnic_sim_speed");
        Process p = new ProcessBuilder(exe.toString(), String.valueOf(seconds))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(exe + " failed: " + out);
        }
        return JmhRunner.JSON.readTree(out);
    }
}
