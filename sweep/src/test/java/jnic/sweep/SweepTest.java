package jnic.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sweep on embedded Spark against the same runs made directly, without Spark: the same table,
 * figure for figure (a run is a function of its spec and seed). A run that cannot be made (three
 * stations on a cable) is a row with its error, and the others still run.
 */
class SweepTest {
    private static final List<String> GRID = List.of(
            "# a small grid: a few seconds of CPU",
            "medium = hub, cable",
            "stations = 2, 3",
            "frame_bytes = 64, 1518",
            "load = 0.6",
            "seeds = 1..2",
            "duration_ms = 2");

    @Test
    void sparkGivesTheTableTheDirectRunsGive() throws Exception {
        List<RunSpec> runs = Grid.parse(GRID, "test grid");
        assertEquals(2 * 2 * 2 * 2, runs.size());
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        List<RunResult> spark =
                Sweep.onSpark(runs, "local[2]", 120, new PrintStream(progress, true, StandardCharsets.UTF_8));
        List<RunResult> direct = Sweep.direct(runs, 120);
        assertEquals(
                direct.stream().map(RunResult::withoutCpu).toList(),
                spark.stream().map(RunResult::withoutCpu).toList());
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("16 of 16 runs done"), progress.toString());
        for (RunResult r : spark) {
            if (r.spec().medium().equals("cable") && r.spec().stations() == 3) {
                assertNotNull(r.error(), "three stations on a cable is an error row");
                assertTrue(r.error().contains("a cable joins 2 stations"), r.error());
            } else {
                assertNull(r.error(), r.toString());
                assertTrue(r.delivered() > 0, r.toString());
            }
        }
    }

    /**
     * The figures a run reports, against arithmetic: two stations on a cable, offered half the
     * line between them in 1518-byte frames for 50 ms, deliver every frame, and the throughput is
     * the offered load of frame bits: 0.5 x 100 Mb/s x 1518 / 1538 (a frame's 20 bytes of preamble
     * and gap carry nothing), within Poisson noise (about 7 % for the 200 frames).
     */
    @Test
    void aRunsThroughputIsTheLoadOfferedOnAnIdealCable() {
        RunResult r = WorldRun.run(new RunSpec("cable", "fast", 2, 0, 0, 1518, 0.5, 3, 50), 120);
        assertNull(r.error(), r.toString());
        assertEquals(r.offered(), r.delivered(), "a full-duplex cable without errors loses nothing: " + r);
        assertEquals(0, r.collisions());
        double expected = 0.5 * 100 * 1518 / 1538;
        assertTrue(Math.abs(r.throughputMbps() - expected) < 0.25 * expected, r + " against " + expected);
        // Nothing queues at half load on a private wire: a frame takes its own time on the line and little more.
        double frameMicros = 1538 * 8 / 100.0;
        assertTrue(r.delayP50Us() >= frameMicros && r.delayP50Us() < 4 * frameMicros, r.toString());
        assertEquals(1.0, r.fairness(), 0.05, r.toString());
    }

    @Test
    void aGridThatSaysSomethingWrongIsRefusedWithItsLine() {
        Grid.GridException e = org.junit.jupiter.api.Assertions.assertThrows(
                Grid.GridException.class, () -> Grid.parse(List.of("stations = 2", "colour = red"), "g"));
        assertTrue(e.getMessage().contains("g line 2") && e.getMessage().contains("'colour'"), e.getMessage());
    }
}
