package jnic.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline figures of each benchmark's JSON under bench/results, each with the reference it
 * was measured against in the same run and their ratio (figure over reference, so above 1 means
 * better when the unit is a rate, worse when it is a time). A benchmark whose file is missing is
 * left out; one whose file lacks a field fails with the file and field named.
 */
public final class BenchSummary {
    /** One figure: benchmark, what, value and unit, the reference's name and value, value / reference. */
    public record Row(
            String benchmark,
            String what,
            double value,
            String unit,
            String reference,
            double referenceValue,
            double ratio) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchSummary() {}

    public static List<Row> read(Path results) throws IOException {
        List<Row> rows = new ArrayList<>();
        crc(json(results, "crc"), rows);
        phy(json(results, "phy"), rows);
        driver(json(results, "driver"), rows);
        stack(json(results, "stack"), rows);
        tcp(json(results, "tcp"), rows);
        world(json(results, "world"), rows);
        return rows;
    }

    private static JsonNode json(Path results, String name) throws IOException {
        Path f = results.resolve(name + ".json");
        return Files.exists(f) ? JSON.readTree(f.toFile()) : null;
    }

    private static double number(JsonNode n, String field) throws IOException {
        JsonNode v = n.path(field);
        if (!v.isNumber()) {
            throw new IOException("benchmark results: no number '" + field + "' in "
                    + n.toString().substring(0, Math.min(80, n.toString().length())));
        }
        return v.asDouble();
    }

    private static void crc(JsonNode j, List<Row> rows) throws IOException {
        if (j == null) {
            return;
        }
        for (JsonNode r : j.path("rows")) {
            String impl = r.path("implementation").asText();
            if (impl.equals("java.util.zip.CRC32")) {
                continue;
            }
            double ns = number(r, "ns_per_frame");
            double ratio = number(r, "ratio_vs_java_util_zip"); // reference time / this time: above 1 is faster
            rows.add(new Row(
                    "crc",
                    impl + ", " + r.path("size_bytes").asInt() + "-byte frames",
                    ns,
                    "ns/frame",
                    "java.util.zip.CRC32",
                    ns * ratio,
                    ratio));
        }
    }

    private static void phy(JsonNode j, List<Row> rows) throws IOException {
        if (j == null) {
            return;
        }
        double java = number(j, "java_reference_us_per_frame");
        double verilated = number(j, "verilated_codec_us_per_frame");
        rows.add(new Row(
                "phy",
                "Manchester encode + decode, Verilated, "
                        + j.path("frame_bytes").asInt() + "-byte frame",
                verilated,
                "us/frame",
                "the Java reference codec",
                java,
                java / verilated));
    }

    private static void driver(JsonNode j, List<Row> rows) throws IOException {
        if (j == null) {
            return;
        }
        for (String mode : new String[] {"bulk", "ping_pong"}) {
            JsonNode m = j.path(mode);
            double fps = number(m, "frames_per_second");
            double alone = number(
                    m, "world_alone_over_driver"); // the world alone's time over the driver's: the driver's efficiency
            rows.add(new Row(
                    "driver",
                    "simulated NIC driver, " + mode.replace('_', '-') + " frames",
                    fps,
                    "frames/s",
                    "the world running the same traffic without a driver",
                    fps / alone,
                    alone));
        }
    }

    private static void stack(JsonNode j, List<Row> rows) throws IOException {
        if (j == null) {
            return;
        }
        for (JsonNode r : j.path("udp_echo")) {
            double jnic = number(r, "jnic_datagrams_per_s");
            double kernel = number(r, "kernel_datagrams_per_s");
            rows.add(new Row(
                    "stack",
                    "UDP echo, " + r.path("data_bytes").asInt() + "-byte datagrams",
                    jnic,
                    "datagrams/s",
                    "Linux UDP over 127.0.0.1",
                    kernel,
                    jnic / kernel));
        }
    }

    private static void tcp(JsonNode j, List<Row> rows) throws IOException {
        if (j == null || j.has("skipped")) {
            return; // no namespaces here (not root): tcp.json says why, and there is no reference to compare with
        }
        double veth = number(j, "linux_to_linux_veth_mbps");
        double out = number(j, "jnic_to_linux_tap_mbps");
        double in = number(j, "linux_to_jnic_tap_mbps");
        double loopback = number(j, "jnic_to_jnic_loopback_mbps");
        // The benchmark's ratios are medians of each round's own ratio (the paths take turns in a round).
        rows.add(new Row(
                "tcp",
                "TCP bulk, jnic to Linux over TAP",
                out,
                "Mb/s",
                "Linux to Linux over veth, offloads on",
                veth,
                number(j, "jnic_to_linux_over_linux_to_linux")));
        rows.add(new Row(
                "tcp",
                "TCP bulk, Linux to jnic over TAP",
                in,
                "Mb/s",
                "Linux to Linux over veth, offloads on",
                veth,
                number(j, "linux_to_jnic_over_linux_to_linux")));
        rows.add(new Row(
                "tcp",
                "TCP bulk, jnic to jnic over in-memory loopback",
                loopback,
                "Mb/s",
                "Linux to Linux over veth, offloads on",
                veth,
                loopback / veth));
    }

    private static void world(JsonNode j, List<Row> rows) throws IOException {
        if (j == null) {
            return;
        }
        for (JsonNode b : j.path("builds")) {
            double world = number(b, "world_clocks_per_second");
            double bare = number(b, "bare_clocks_per_second");
            rows.add(new Row(
                    "world",
                    "co-simulation speed, two " + b.path("top").asText() + " on a cable",
                    world,
                    "clocks/s",
                    "a bare C++ loop on the same models",
                    bare,
                    world / bare));
        }
    }
}
