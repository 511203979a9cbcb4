package jnic.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static String refusal(String... lines) {
        return org.junit.jupiter.api.Assertions.assertThrows(Grid.GridException.class, () -> {
                    Grid.parse(List.of(lines), "g");
                    Grid.plots(List.of(lines), "g");
                })
                .getMessage();
    }

    @Test
    void aGridRefusesRepeatedValuesNumbersThatAreNotFiniteAndRangesTooLong() throws Exception {
        assertTrue(refusal("stations = 2, 4, 2").contains("'2' is given twice"));
        assertTrue(refusal("seeds = 1..3, 2").contains("'2' is given twice"));
        assertTrue(refusal("ber = NaN").contains("finite"));
        assertTrue(refusal("duration_ms = Infinity").contains("finite"));
        assertTrue(refusal("seeds = -9223372036854775808..9223372036854775807").contains("at most 10^6 apart"));
        assertTrue(refusal("seeds = 5..3").contains("A <= B"));
        List<RunSpec> top = Grid.parse(List.of("seeds = 9223372036854775806..9223372036854775807"), "g");
        assertEquals(
                List.of(Long.MAX_VALUE - 1, Long.MAX_VALUE),
                top.stream().map(RunSpec::seed).toList());
    }

    @Test
    void plotsSayWhatIsWrongAndDrawTheMeanOverSeedsPerSeries() throws Exception {
        assertTrue(refusal("plot = speed vs ber").contains("'speed' is not a column"));
        assertTrue(refusal("plot = loss against ber").contains("a plot is"));
        assertTrue(refusal("plot = loss vs ber by build sideways").contains("'sideways'"));
        Plot plot = Grid.plots(List.of("stations = 2", "plot = loss+loss_from_ber vs ber by build log-x"), "g")
                .get(0);
        assertEquals(new Plot(List.of("loss", "loss_from_ber"), "ber", List.of("build"), true, false), plot);
        List<RunResult> results = new ArrayList<>();
        for (String build : List.of("fast", "phy")) {
            for (double ber : new double[] {0, 1e-5, 1e-4}) { // 0 cannot be on a log axis: left out
                for (long seed = 1; seed <= 2; seed++) {
                    RunSpec s = new RunSpec("cable", build, 2, ber, 0, 64, 0.5, seed, 1);
                    results.add(new RunResult(s, 100, 0, 100, 100 - seed, 1, 1, 1, 1, 0, 0, 1, 0.1, null));
                }
            }
        }
        results.add(RunResult.failed(new RunSpec("cable", "fast", 2, 1e-3, 0, 64, 0.5, 1, 1), new Exception("x"), 0));
        String svg = plot.svg(results);
        assertEquals(4, svg.split("<path ", -1).length - 1, "2 builds x (measured, model): " + svg);
        assertEquals(4, svg.split("<circle ", -1).length - 1, "the measured lines' points: 2 bers x 2 builds");
        assertTrue(svg.contains("build fast: loss") && svg.contains("build phy: loss_from_ber"), svg);
        assertTrue(svg.contains("1e-05") && svg.contains("1e-04"), "decades on the log axis: " + svg);
        // the mean over the seeds: loss 0.01 and 0.02 make 0.015, drawn at the same height for both bers
        String measured = svg.lines()
                .filter(l -> l.startsWith("<path") && !l.contains("dasharray"))
                .findFirst()
                .orElseThrow();
        String[] ys = measured.replaceAll(".*d=\"M[0-9.]+ ([0-9.]+) L[0-9.]+ ([0-9.]+)\".*", "$1 $2")
                .split(" ");
        assertEquals(ys[0], ys[1], measured);
    }

    @Test
    void aHostileRunDeliversEveryByteAndOneThatCannotFinishIsARowWithItsSeed() {
        RunSpec lossy = new RunSpec("hub", "fast", 2, 0, 0, 1518, 1.2, 3, 600_000, "hostile", 0.05);
        RunResult r = WorldRun.run(lossy, 60);
        assertNull(r.error(), r.toString());
        assertEquals(HostileRun.TRANSFER_BYTES, r.delivered());
        assertEquals(HostileRun.HOSTILE_FRAMES, r.offered());
        assertTrue(r.fcsErrors() > HostileRun.HOSTILE_FRAMES / 4, "the server counted the malformed ones: " + r);
        assertEquals(r.withoutCpu(), WorldRun.run(lossy, 60).withoutCpu(), "a seed repeats");
        RunSpec tooShort = new RunSpec("hub", "fast", 2, 0, 0, 1518, 1.2, 3, 0.2, "hostile", 0.05);
        RunResult cut = WorldRun.run(tooShort, 60);
        assertNotNull(cut.error());
        assertTrue(cut.error().startsWith("seed 3: the transfer had "), cut.error());
    }

    @Test
    void hostileFramesNeverClaimTheHostsAddresses() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        int arp = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] f = HostileRun.hostileFrame(r);
            assertTrue(f.length >= 14 && f.length <= 1514, "an Ethernet frame without its FCS: " + f.length);
            int type = (f[12] & 0xFF) << 8 | f[13] & 0xFF;
            int sender = type == 0x0806 ? 28 : type == 0x0800 ? 26 : -1;
            if (type == 0x0806) {
                arp++;
            }
            if (sender >= 0 && sender + 4 <= f.length) {
                boolean host = f[sender] == 10
                        && f[sender + 1] == 0
                        && f[sender + 2] == 0
                        && (f[sender + 3] == 1 || f[sender + 3] == 2);
                assertTrue(!host, "frame " + i + " claims a host's address");
            }
        }
        assertTrue(arp > 10_000, "ARP frames among them: " + arp);
        // the guard itself: frames that happen to claim a host (about 4 in a million do) are rewritten
        for (int host = 1; host <= 2; host++) {
            byte[] claimingArp = new byte[42];
            claimingArp[12] = 0x08;
            claimingArp[13] = 0x06;
            claimingArp[28] = 10;
            claimingArp[31] = (byte) host;
            HostileRun.notTheHosts(claimingArp, r);
            assertTrue(claimingArp[31] >= 3 || claimingArp[31] < 0, "ARP sender rewritten: " + claimingArp[31]);
            byte[] claimingIp = new byte[34];
            claimingIp[12] = 0x08;
            claimingIp[14] = 0x45;
            claimingIp[26] = 10;
            claimingIp[29] = (byte) host;
            HostileRun.notTheHosts(claimingIp, r);
            assertTrue(claimingIp[29] >= 3 || claimingIp[29] < 0, "IPv4 source rewritten: " + claimingIp[29]);
        }
    }

    @Test
    void aGridThatSaysSomethingWrongIsRefusedWithItsLine() {
        Grid.GridException e = org.junit.jupiter.api.Assertions.assertThrows(
                Grid.GridException.class, () -> Grid.parse(List.of("stations = 2", "colour = red"), "g"));
        assertTrue(e.getMessage().contains("g line 2") && e.getMessage().contains("'colour'"), e.getMessage());
    }
}
