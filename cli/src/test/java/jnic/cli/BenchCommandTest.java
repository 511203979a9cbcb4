package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jnic bench}: the quickest benchmark end to end (summary and report from its own JSON), and argument errors. */
class BenchCommandTest {
    private static int jnicInRoot(String... args) {
        String before = System.getProperty("jnic.root");
        System.setProperty(
                "jnic.root", Path.of("..").toAbsolutePath().normalize().toString()); // tests run in cli/
        try {
            return Jnic.run(args);
        } finally {
            if (before == null) {
                System.clearProperty("jnic.root");
            } else {
                System.setProperty("jnic.root", before);
            }
        }
    }

    @Test
    void theFairnessBenchmarkCountsEveryFrameAndItsIndexAndReferenceFollowTheirDefinitions(@TempDir Path dir)
            throws Exception {
        assertEquals(0, jnicInRoot("bench", "--quick", "--only", "fairness", "--results", dir.toString()));
        ObjectMapper json = new ObjectMapper();
        JsonNode runs = json.readTree(dir.resolve("fairness.json").toFile()).path("runs");
        assertEquals(6, runs.size(), "2, 4 and 8 stations of both builds");
        for (JsonNode r : runs) {
            int n = r.path("stations").asInt();
            assertEquals(n, r.path("sent").size(), "a share per station");
            double sum = 0;
            double squares = 0;
            for (JsonNode x : r.path("sent")) {
                sum += x.asDouble();
                squares += x.asDouble() * x.asDouble();
            }
            assertEquals(r.path("frames").asDouble(), sum, "the shares add up to the frames sent");
            // Jain, Chiu and Hawe (1984): (sum x)^2 / (n sum x^2).
            assertEquals(sum * sum / (n * squares), r.path("jain_index").asDouble(), 1e-5);
            // Metcalfe and Boggs (1976): A = (1 - 1/Q)^(Q-1), W = (1 - A)/A slots of 512 bits lost per
            // frame; a frame of 1504 bytes with 20 bytes of preamble and gap.
            double a = Math.pow(1 - 1.0 / n, n - 1);
            double expected = 1504 * 8.0 / (1524 * 8.0 + (1 - a) / a * 512);
            assertEquals(expected, r.path("metcalfe_boggs_efficiency").asDouble(), 1e-5);
            double efficiency = r.path("efficiency").asDouble();
            assertTrue(efficiency > 0.5 && efficiency <= 1504.0 / 1524 + 1e-9, "no more than the line carries");
        }
        JsonNode rows = json.readTree(dir.resolve("summary.json").toFile()).path("rows");
        assertEquals(12, rows.size(), "efficiency and fairness per run");
    }

    @Test
    void theWorldBenchmarkRunsAndItsFiguresReachTheSummaryAndTheReport(@TempDir Path dir) throws Exception {
        assertEquals(0, jnicInRoot("bench", "--quick", "--only", "world", "--results", dir.toString()));
        ObjectMapper json = new ObjectMapper();
        JsonNode world = json.readTree(dir.resolve("world.json").toFile());
        JsonNode summary = json.readTree(dir.resolve("summary.json").toFile());
        assertTrue(summary.path("machine").asText().contains("cores"));
        JsonNode rows = summary.path("rows");
        int builds = world.path("builds").size();
        assertEquals(7 * builds, rows.size(), "seven figures per build measured");
        for (int i = 0; i < builds; i++) {
            JsonNode build = world.path("builds").get(i);
            JsonNode previous = rows.get(builds + i);
            assertEquals(
                    build.path("world_over_previous_design").asDouble(),
                    previous.path("ratio").asDouble(),
                    1e-4); // the JSON's six digits
            JsonNode idle = rows.get(3 * builds + i);
            assertEquals(
                    build.path("idle_cpu_ms_per_simulated_second").asDouble(),
                    idle.path("value").asDouble(),
                    1e-9);
            JsonNode realTime = rows.get(4 * builds + 2 * i);
            assertEquals(
                    build.path("real_time_factor_cable_2").asDouble(),
                    realTime.path("value").asDouble(),
                    1e-9);
            JsonNode profile = rows.get(6 * builds + i);
            assertEquals(
                    build.path("profile_over_plain").asDouble(),
                    profile.path("ratio").asDouble(),
                    1e-4);
        }
        for (int i = 0; i < builds; i++) {
            JsonNode build = world.path("builds").get(i);
            JsonNode row = rows.get(i);
            assertEquals(
                    build.path("world_clocks_per_second").asDouble(),
                    row.path("value").asDouble(),
                    1e-6);
            assertEquals(
                    build.path("bare_clocks_per_second").asDouble(),
                    row.path("referenceValue").asDouble(),
                    1e-6);
            assertEquals(
                    row.path("value").asDouble() / row.path("referenceValue").asDouble(),
                    row.path("ratio").asDouble(),
                    1e-9);
        }
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertEquals(
                rows.size(), Pattern.compile("<rect ").matcher(html).results().count(), "a bar per figure");
        assertTrue(html.contains(rows.get(0).path("what").asText()));
    }

    @Test
    void anUnknownBenchmarkIsAnArgumentError() {
        assertEquals(2, jnicInRoot("bench", "--only", "crc,warp-drive"));
    }
}
