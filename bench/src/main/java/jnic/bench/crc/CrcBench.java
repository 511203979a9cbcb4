package jnic.bench.crc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jnic.bench.JmhRunner;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * {@code make bench}: CRC-32 over 64 B, 1500 B and 64 KiB in java.util.zip.CRC32 (the reference),
 * a byte-table Java CRC, and the Verilated core at 8/16/32/64 bits per clock; plus the cost of one
 * native crossing. Prints a table of ratios against java.util.zip.CRC32 measured in the same run and
 * writes bench/results/crc.json and crc.md. {@code --quick} shortens every measurement.
 */
public final class CrcBench {
    private CrcBench() {}

    /** One measured row. */
    record Row(String implementation, int size, Integer width, double nsPerFrame, double errorNs) {}

    public static void main(String[] args) throws RunnerException, IOException {
        boolean quick = JmhRunner.quick("CrcBench", args);
        Path root = JmhRunner.root();
        Collection<RunResult> results = JmhRunner.run(quick, SoftwareCrcBenchmark.class, HardwareCrcBenchmark.class);

        List<Row> rows = new ArrayList<>();
        double nopNs = Double.NaN;
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double score = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            if (method.equals("nativeNop")) {
                nopNs = score;
                continue;
            }
            int size = Integer.parseInt(r.getParams().getParam("size"));
            String widthParam = r.getParams().getParam("width");
            Integer width = widthParam == null ? null : Integer.valueOf(widthParam);
            String name = switch (method) {
                case "javaUtilZipCrc32" -> "java.util.zip.CRC32";
                case "byteTableCrc32" -> "byte-table Java CRC";
                case "verilatedCore" -> "Verilated Crc32W" + width;
                default -> method;
            };
            rows.add(new Row(name, size, width, score, error));
        }
        Map<String, Double> fmax = readFmax(root.resolve("docs/synth.json"));
        String report = table(rows, nopNs, fmax);
        System.out.println();
        System.out.println(report);
        writeResults(rows, nopNs, fmax, report, quick);
    }

    private static double referenceNs(List<Row> rows, int size) {
        return rows.stream()
                .filter(r -> r.implementation().equals("java.util.zip.CRC32") && r.size() == size)
                .findFirst()
                .orElseThrow()
                .nsPerFrame();
    }

    private static String table(List<Row> rows, double nopNs, Map<String, Double> fmax) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                "| implementation | frame | ns/frame | MB/s | vs java.util.zip.CRC32 | sim cycles/s | sim Mb/s (wall) | hardware Gb/s at Fmax |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            double mbPerS = r.size() / r.nsPerFrame() * 1e3;
            double ratio = referenceNs(rows, r.size()) / r.nsPerFrame();
            String cycles = "";
            String simMbps = "";
            String hwGbps = "";
            if (r.width() != null) {
                long cyclesPerFrame = Math.max(1, (r.size() + r.width() / 8 - 1) / (r.width() / 8));
                cycles = String.format(Locale.ROOT, "%.3g", cyclesPerFrame / (r.nsPerFrame() * 1e-9));
                simMbps = String.format(Locale.ROOT, "%.1f", r.size() * 8 / r.nsPerFrame() * 1e3);
                Double mhz = fmax.get("Crc32W" + r.width());
                if (mhz != null) {
                    hwGbps = String.format(Locale.ROOT, "%.2f (%.0f MHz)", r.width() * mhz / 1e3, mhz);
                }
            }
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %d B | %.1f ± %.1f | %.1f | %.4f | %s | %s | %s |%n",
                    r.implementation(),
                    r.size(),
                    r.nsPerFrame(),
                    r.errorNs(),
                    mbPerS,
                    ratio,
                    cycles,
                    simMbps,
                    hwGbps));
        }
        sb.append(String.format(
                Locale.ROOT, "%nOne native crossing (jnr-ffi, C function returning its argument): %.1f ns%n", nopNs));
        sb.append(
                "Ratio > 1 is faster than java.util.zip.CRC32 in this run. Hardware Gb/s = width × Fmax from docs/synth.json (iCE40 HX8K).\n");
        return sb.toString();
    }

    /** Median Fmax per top from `make synth`'s docs/synth.json; empty if synthesis has not been run. */
    private static Map<String, Double> readFmax(Path synthJson) throws IOException {
        Map<String, Double> fmax = new LinkedHashMap<>();
        if (Files.isRegularFile(synthJson)) {
            for (JsonNode result : JmhRunner.JSON.readTree(synthJson.toFile()).path("results")) {
                fmax.put(
                        result.path("top").asText(),
                        result.path("fmax_mhz_median").asDouble());
            }
        }
        return fmax;
    }

    private static void writeResults(
            List<Row> rows, double nopNs, Map<String, Double> fmax, String report, boolean quick) throws IOException {
        ObjectNode json = JmhRunner.header("crc32", quick);
        json.put("native_crossing_ns", nopNs);
        ArrayNode out = json.putArray("rows");
        for (Row r : rows) {
            ObjectNode row = out.addObject();
            row.put("implementation", r.implementation());
            row.put("size_bytes", r.size());
            row.put("width_bits", r.width());
            row.put("ns_per_frame", r.nsPerFrame());
            row.put("error_ns", r.errorNs());
            row.put("ratio_vs_java_util_zip", referenceNs(rows, r.size()) / r.nsPerFrame());
        }
        json.set("fmax_mhz_from_synth", JmhRunner.JSON.valueToTree(fmax));
        JmhRunner.write("crc", json, "# CRC-32 benchmark\n\n" + report);
    }
}
