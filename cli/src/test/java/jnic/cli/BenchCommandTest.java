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
