package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jnic sweep}: a small grid on embedded Spark end to end, and argument errors. */
class SweepCommandTest {
    @TempDir
    Path dir;

    private static int jnicInRoot(String... args) {
        System.setProperty(
                "jnic.root", Path.of("..").toAbsolutePath().normalize().toString()); // tests run in cli/
        try {
            return Jnic.run(args);
        } finally {
            System.clearProperty("jnic.root");
        }
    }

    @Test
    void aSmallGridRunsOnEmbeddedSparkAndWritesItsTable() throws Exception {
        Path grid = dir.resolve("grid.txt");
        Files.write(
                grid,
                List.of(
                        "medium = hub",
                        "stations = 2, 4",
                        "frame_bytes = 512",
                        "load = 0.8",
                        "duration_ms = 2",
                        "plot = efficiency+efficiency_metcalfe_boggs vs stations"));
        Path out = dir.resolve("out");
        assertEquals(
                0, jnicInRoot("sweep", "--grid", grid.toString(), "--out", out.toString(), "--master", "local[2]"));
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("medium,build,stations"), rows.get(0));
        assertTrue(rows.get(1).startsWith("hub,fast,2,") && rows.get(2).startsWith("hub,fast,4,"), rows.toString());
        assertTrue(rows.get(1).endsWith(","), "no error: " + rows.get(1));
        assertTrue(Files.readString(out.resolve("summary.md")).contains("2 runs of"));
        String svg = Files.readString(out.resolve("plot-1.svg"));
        assertTrue(
                svg.startsWith("<svg") && svg.contains("efficiency and efficiency_metcalfe_boggs against stations"),
                svg);
        assertEquals(2, svg.split("<path ", -1).length - 1, "a measured line and the model's: " + svg);
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains(svg) && report.contains("<td>4</td>"), "the report holds the plot and the runs");
    }

    @Test
    void badArgumentsSayWhatIsWrong() throws Exception {
        Path grid = dir.resolve("grid.txt");
        Files.write(grid, List.of("stations = 2"));
        assertEquals(2, jnicInRoot("sweep", "--grid", dir.resolve("missing.txt").toString()));
        assertEquals(2, jnicInRoot("sweep", "--grid", grid.toString(), "--master", "yarn"));
        assertEquals(2, jnicInRoot("sweep", "--grid", grid.toString(), "--time-limit", "0"));
        assertEquals(2, jnicInRoot("sweep", "--grid", grid.toString(), "--time-limit", "Infinity"));
        Files.write(grid, List.of("colour = red"));
        assertEquals(
                2,
                jnicInRoot(
                        "sweep",
                        "--grid",
                        grid.toString(),
                        "--out",
                        dir.resolve("o").toString()));
    }
}
