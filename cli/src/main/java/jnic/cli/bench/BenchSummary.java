package jnic.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** How one benchmark's JSON becomes rows. */
    private interface Reader {
        void read(JsonNode json, List<Row> rows) throws IOException;
    }

    public static List<Row> read(Path results) throws IOException {
        Map<String, Reader> readers = new LinkedHashMap<>();
        readers.put("crc", BenchSummary::crc);
        readers.put("phy", BenchSummary::phy);
        readers.put("driver", BenchSummary::driver);
        readers.put("stack", BenchSummary::stack);
        readers.put("tcp", BenchSummary::tcp);
        readers.put("lan", BenchSummary::lan);
        readers.put("world", BenchSummary::world);
        readers.put("simtcp", BenchSummary::simTcp);
        readers.put("fairness", BenchSummary::fairness);
        readers.put("netty", BenchSummary::netty);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Reader> r : readers.entrySet()) {
            Path f = results.resolve(r.getKey() + ".json");
            if (Files.exists(f)) {
                r.getValue().read(JSON.readTree(f.toFile()), rows);
            }
        }
        return rows;
    }

    private static double number(JsonNode n, String field) throws IOException {
        JsonNode v = n.path(field);
        if (!v.isNumber()) {
            throw new IOException("benchmark results: no number '" + field + "' in "
                    + n.toString().substring(0, Math.min(80, n.toString().length())));
        }
        return v.asDouble();
    }

    /** The rows of one benchmark, whose figures share a unit and the reference they are measured against. */
    private record Figures(String benchmark, String unit, String reference, List<Row> rows) {
        void add(String what, double value, double referenceValue, double ratio) {
            rows.add(new Row(benchmark, what, value, unit, reference, referenceValue, ratio));
        }

        /** A row per element of {@code list}: its {@code valueField} over its {@code referenceField}. */
        void eachOver(JsonNode list, Function<JsonNode, String> what, String valueField, String referenceField)
                throws IOException {
            for (JsonNode e : list) {
                double value = number(e, valueField);
                double referenceValue = number(e, referenceField);
                add(what.apply(e), value, referenceValue, value / referenceValue);
            }
        }
    }

    private static void crc(JsonNode j, List<Row> rows) throws IOException {
        Figures crc = new Figures("crc", "ns/frame", "java.util.zip.CRC32", rows);
        for (JsonNode r : j.path("rows")) {
            String impl = r.path("implementation").asText();
            if (impl.equals("java.util.zip.CRC32")) {
                continue;
            }
            double ns = number(r, "ns_per_frame");
            double ratio = number(r, "ratio_vs_java_util_zip"); // reference time / this time: above 1 is faster
            crc.add(impl + ", " + r.path("size_bytes").asInt() + "-byte frames", ns, ns * ratio, ratio);
        }
    }

    private static void phy(JsonNode j, List<Row> rows) throws IOException {
        double java = number(j, "java_reference_us_per_frame");
        double verilated = number(j, "verilated_codec_us_per_frame");
        new Figures("phy", "us/frame", "the Java reference codec", rows)
                .add(
                        "Manchester encode + decode, Verilated, "
                                + j.path("frame_bytes").asInt() + "-byte frame",
                        verilated,
                        java,
                        java / verilated);
    }

    private static void driver(JsonNode j, List<Row> rows) throws IOException {
        Figures driver = new Figures("driver", "frames/s", "the world running the same traffic without a driver", rows);
        for (String mode : new String[] {"bulk", "ping_pong"}) {
            JsonNode m = j.path(mode);
            double fps = number(m, "frames_per_second");
            double alone = number(
                    m, "world_alone_over_driver"); // the world alone's time over the driver's: the driver's efficiency
            driver.add("simulated NIC driver, " + mode.replace('_', '-') + " frames", fps, fps / alone, alone);
        }
        JsonNode moderated = j.path("bulk_moderated");
        if (!moderated.isMissingNode()) { // interrupt moderation (INT_HOLDOFF): fewer calls for the same frames
            double calls = number(moderated, "native_calls_per_frame");
            double plain = number(j.path("bulk"), "native_calls_per_frame");
            new Figures("driver", "native calls/frame", "the same bulk traffic with no interrupt holdoff", rows)
                    .add(
                            "native calls per frame, both drivers, bulk with a "
                                    + moderated.path("interrupt_holdoff_ns").asLong() / 1000 + " us interrupt holdoff",
                            calls,
                            plain,
                            plain / calls);
        }
    }

    private static void stack(JsonNode j, List<Row> rows) throws IOException {
        new Figures("stack", "datagrams/s", "Linux UDP over 127.0.0.1", rows)
                .eachOver(
                        j.path("udp_echo"),
                        r -> "UDP echo, " + r.path("data_bytes").asInt() + "-byte datagrams",
                        "jnic_datagrams_per_s",
                        "kernel_datagrams_per_s");
    }

    private static void netty(JsonNode j, List<Row> rows) throws IOException {
        Figures f = new Figures(
                "netty", "requests/s", "the same Netty programs on the JDK's provider over 127.0.0.1", rows);
        for (JsonNode r : j.path("netty_http")) {
            int body = r.path("body_bytes").asInt();
            String size = body >= 1 << 20 ? (body >> 20) + " MiB" : body + " B";
            // The benchmark's ratio is the median of each round's own ratio (the two take turns in a round).
            f.add(
                    "Netty HTTP over jnic's in-memory LAN, " + size + " answers",
                    number(r, "jnic_requests_per_s"),
                    number(r, "jdk_requests_per_s"),
                    number(r, "jnic_over_jdk"));
        }
    }

    private static void tcp(JsonNode j, List<Row> rows) throws IOException {
        if (j.has("skipped")) {
            return; // no namespaces here (not root): tcp.json says why, and there is no reference to compare with
        }
        double veth = number(j, "linux_to_linux_veth_mbps");
        double out = number(j, "jnic_to_linux_tap_mbps");
        double in = number(j, "linux_to_jnic_tap_mbps");
        double loopback = number(j, "jnic_to_jnic_loopback_mbps");
        Figures tcp = new Figures("tcp", "Mb/s", "Linux to Linux over veth, offloads on", rows);
        // The benchmark's ratios are medians of each round's own ratio (the paths take turns in a round).
        tcp.add("TCP bulk, jnic to Linux over TAP", out, veth, number(j, "jnic_to_linux_over_linux_to_linux"));
        tcp.add("TCP bulk, Linux to jnic over TAP", in, veth, number(j, "linux_to_jnic_over_linux_to_linux"));
        tcp.add("TCP bulk, jnic to jnic over in-memory loopback", loopback, veth, loopback / veth);
        for (int percent : new int[] {1, 5}) {
            String key = percent + "_percent_loss";
            if (!j.has("linux_to_linux_veth_" + key + "_mbps")) {
                continue; // written before the loss rows existed
            }
            Figures lossy = new Figures("tcp", "Mb/s", "Linux to Linux over veth, same loss", rows);
            double ref = number(j, "linux_to_linux_veth_" + key + "_mbps");
            lossy.add(
                    "TCP bulk under " + percent + " % loss, jnic to Linux over TAP",
                    number(j, "jnic_to_linux_tap_" + key + "_mbps"),
                    ref,
                    number(j, "jnic_to_linux_" + key + "_over_linux_to_linux"));
            lossy.add(
                    "TCP bulk under " + percent + " % loss, Linux to jnic over TAP",
                    number(j, "linux_to_jnic_tap_" + key + "_mbps"),
                    ref,
                    number(j, "linux_to_jnic_" + key + "_over_linux_to_linux"));
        }
    }

    private static void lan(JsonNode j, List<Row> rows) throws IOException {
        if (j.has("skipped")) {
            return; // no TAP device or namespace here: lan.json says why
        }
        for (JsonNode b : j.path("builds")) {
            String build = b.path("build").asText();
            double line = number(b, "line_mbps");
            String across = " across the simulated LAN (" + build + "), ";
            Figures f = new Figures("lan", "Mb/s", "the simulated line's rate", rows);
            for (String direction : List.of("kernel_to_jnic", "jnic_to_kernel")) {
                double simulated = number(b, direction + "_simulated_mbps");
                f.add(
                        "TCP, " + direction.replace('_', ' ') + across + "in simulated time",
                        simulated,
                        line,
                        simulated / line);
            }
            double simulated = number(b, "kernel_to_jnic_simulated_mbps");
            double wall = number(b, "kernel_to_jnic_wall_mbps");
            new Figures("lan", "Mb/s", "the same transfer in simulated time", rows)
                    .add("TCP, kernel to jnic" + across + "in wall time", wall, simulated, wall / simulated);
            double pingWall = number(b, "ping_wall_ms");
            double pingLine = number(b, "ping_simulated_ms");
            new Figures("lan", "ms", "the simulated line's round trip of the same frames", rows)
                    .add("ping round trip" + across + "wall time", pingWall, pingLine, pingWall / pingLine);
        }
    }

    private static void simTcp(JsonNode j, List<Row> rows) throws IOException {
        new Figures("simtcp", "Mb/s per CPU-s", "the same transfer over an in-memory LAN", rows)
                .eachOver(
                        j.path("builds"),
                        b -> "TCP bulk between two jnic hosts over simulated adapters ("
                                + b.path("build").asText() + "), goodput per CPU second",
                        "goodput_mbps_per_cpu_second",
                        "in_memory_lan_mbps_per_cpu_second");
    }

    private static void fairness(JsonNode j, List<Row> rows) throws IOException {
        new Figures("fairness", "of capacity", "Metcalfe & Boggs (1976), same frames and stations", rows)
                .eachOver(
                        j.path("runs"),
                        r -> "channel efficiency, " + r.path("stations").asInt() + " saturated "
                                + r.path("top").asText() + " on a hub",
                        "efficiency",
                        "metcalfe_boggs_efficiency");
        Figures jain = new Figures("fairness", "Jain's index", "equal shares", rows);
        for (JsonNode r : j.path("runs")) {
            double index = number(r, "jain_index");
            jain.add(
                    "fairness of the shares, " + r.path("stations").asInt() + " saturated "
                            + r.path("top").asText() + " on a hub",
                    index,
                    1,
                    index);
        }
    }

    private static void world(JsonNode j, List<Row> rows) throws IOException {
        new Figures("world", "clocks/CPU-s", "a bare C++ loop on the same models", rows)
                .eachOver(
                        j.path("builds"),
                        b -> "co-simulation speed, two " + b.path("top").asText() + " on a cable",
                        "world_clocks_per_second",
                        "bare_clocks_per_second");
        new Figures("world", "clocks/CPU-s", "the previous design's models in a bare loop", rows)
                .eachOver(
                        j.path("builds"),
                        b -> "co-simulation speed, two " + b.path("top").asText() + " on a cable, against the"
                                + " previous design",
                        "world_clocks_per_second",
                        "previous_design_bare_clocks_per_second");
        new Figures("world", "clocks/CPU-s", "the same world with tracing compiled into the models", rows)
                .eachOver(
                        j.path("builds"),
                        b -> "co-simulation speed, two " + b.path("top").asText() + " on a cable, untraced build",
                        "world_clocks_per_second",
                        "traced_world_clocks_per_second");
        Figures idle = new Figures("world", "CPU ms", "clocking through every clock", rows);
        for (JsonNode b : j.path("builds")) {
            double skipping = number(b, "idle_cpu_ms_per_simulated_second");
            double through = number(b, "idle_cpu_ms_per_simulated_second_clocking_through");
            idle.add(
                    "an idle simulated second of two " + b.path("top").asText() + ", idle fast-forward",
                    skipping,
                    through,
                    through / skipping); // a time: reference over figure
        }
        Figures realTime = new Figures("world", "simulated s/CPU-s", "real time", rows);
        for (JsonNode b : j.path("builds")) {
            String top = b.path("top").asText();
            realTime.add(
                    "real-time factor, two " + top + " on a cable",
                    number(b, "real_time_factor_cable_2"),
                    1,
                    number(b, "real_time_factor_cable_2"));
            realTime.add(
                    "real-time factor, four " + top + " on a hub",
                    number(b, "real_time_factor_hub_4"),
                    1,
                    number(b, "real_time_factor_hub_4"));
        }
        new Figures("world", "clocks/CPU-s", "the same models built without the profile, in that loop", rows)
                .eachOver(
                        j.path("builds"),
                        b -> "bare loop, two " + b.path("top").asText() + ", profile-guided build",
                        "bare_clocks_per_second",
                        "bare_without_profile_clocks_per_second");
    }
}
