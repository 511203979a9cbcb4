package jnic.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import jnic.sim.golden.EthernetReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Stations of the fast MAC on a cable and on a hub, clocked together by the world. */
class WorldTest {

    @Test
    void badConfigurationsSayWhatIsWrong() {
        assertMessage("exactly 2", () -> World.create("MacFast", 3, Medium.CABLE));
        assertMessage("at least 2", () -> World.create("MacFast", 1, Medium.HUB));
        assertMessage("at least 2", () -> World.create("MacFast", 0, Medium.HUB));
        assertMessage("no top named", () -> World.create("NoSuchNic", 2, Medium.CABLE));
        assertMessage("no line ports", () -> World.create("Crc32W8", 2, Medium.CABLE));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable create) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, create);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    /**
     * A received frame (with its FCS), whether the MAC would keep it, and whether its FCS was wrong
     * (an FCS error, or an alignment error: the same with an odd nibble, IEEE 802.3 4.2.4.1.2).
     */
    record Received(byte[] bytes, boolean good, boolean badFcs) {
        byte[] withoutFcs() {
            return Arrays.copyOf(bytes, bytes.length - 4);
        }
    }

    /** Collects a station's received frames and verdicts, run chunk by run chunk. */
    static final class Receiver {
        final Model.Sink sink;
        final int accept;
        final int[] errors;
        final List<Received> frames = new ArrayList<>();
        final ByteArrayOutputStream partial = new ByteArrayOutputStream();

        Receiver(Model station) {
            sink = station.sink("rx");
            accept = sink.status("rxAccept");
            errors = new int[] {
                sink.status("rxFcsError"),
                sink.status("rxAlignmentError"),
                sink.status("rxRunt"),
                sink.status("rxGiant")
            };
        }

        void drain() {
            List<Model.Transfer> transfers = sink.take();
            long[] accepted = sink.takeStatus(accept);
            long[][] error = new long[errors.length][];
            for (int i = 0; i < errors.length; i++) {
                error[i] = sink.takeStatus(errors[i]);
            }
            int packet = 0;
            for (Model.Transfer t : transfers) {
                partial.write((int) t.data());
                if (t.last()) {
                    boolean good = accepted[packet] != 0;
                    for (long[] e : error) {
                        good &= e[packet] == 0;
                    }
                    frames.add(
                            new Received(partial.toByteArray(), good, error[0][packet] != 0 || error[1][packet] != 0));
                    partial.reset();
                    packet++;
                }
            }
            assertEquals(accepted.length, packet, "one verdict per frame");
        }
    }

    private static byte[] address(int station) {
        return new byte[] {0x02, 0, 0, 0, 0x10, (byte) (0x20 + station)};
    }

    private static void configure(Model station, int index, boolean halfDuplex) {
        station.set("maxLength", 1514);
        station.set("stationAddress", EthernetReference.wireOrder(address(index)));
        station.set("halfDuplex", halfDuplex ? 1 : 0);
    }

    /**
     * The stations of a world as a test loads them: each configured, its frames queued on its
     * transmit source, and a receiver collecting what it hears.
     */
    static final class Stations {
        final List<List<byte[]>> sent = new ArrayList<>();
        final List<Model.Source> sources = new ArrayList<>();
        final List<Receiver> receivers = new ArrayList<>();

        /** Loads the next station of {@code world} with {@code frames} to send; returns it. */
        Model load(World world, boolean halfDuplex, List<byte[]> frames) {
            int index = sent.size();
            Model station = world.station(index);
            configure(station, index, halfDuplex);
            Model.Source in = station.source("frame");
            frames.forEach(in::pushPacket);
            sent.add(frames);
            sources.add(in);
            receivers.add(new Receiver(station));
            return station;
        }

        long pending() {
            return sources.stream().mapToLong(Model.Source::pending).sum();
        }
    }

    /** What two stations on a cable sent each other and what each received. */
    record Exchange(List<List<byte[]>> sent, List<Receiver> receivers, long cycles) {}

    private static Exchange exchange(World world, String top, int count, int maxLength, Random random) {
        Stations stations = new Stations();
        for (int s = 0; s < 2; s++) {
            List<byte[]> frames = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] f = EthernetReference.randomBytes(random, 14 + random.nextInt(maxLength - 13));
                System.arraycopy(address(1 - s), 0, f, 0, 6);
                frames.add(f);
            }
            stations.load(world, false, frames);
        }
        long cycles = 0;
        while (stations.pending() > 0 && cycles < 50_000_000L) {
            cycles += world.run(500_000);
            stations.receivers.forEach(Receiver::drain);
        }
        world.run(top.equals("MacPhy") ? 200_000 : 10_000);
        stations.receivers.forEach(Receiver::drain);
        return new Exchange(stations.sent, stations.receivers, cycles);
    }

    /** Each station received every frame the other sent, once, in order, accepted and byte-identical. */
    private static void assertEveryFrameArrivedIntact(Exchange x) {
        for (int s = 0; s < 2; s++) {
            List<byte[]> expected = x.sent().get(1 - s);
            List<Received> got = x.receivers().get(s).frames;
            assertEquals(expected.size(), got.size(), "station " + s + " received every frame once");
            for (int i = 0; i < expected.size(); i++) {
                assertTrue(got.get(i).good(), "station " + s + ", frame " + i + " accepted without errors");
                assertArrayEquals(
                        EthernetReference.padded(expected.get(i)),
                        got.get(i).withoutFcs(),
                        "station " + s + ", frame " + i + " byte-identical");
            }
        }
    }

    /** The frames accepted as good are sent frames, in order: nothing corrupt is delivered. Returns how many. */
    private static int assertGoodFramesAreSentFramesInOrder(List<byte[]> sent, List<Received> received, String who) {
        int next = 0;
        int good = 0;
        for (Received r : received) {
            if (!r.good()) {
                continue;
            }
            good++;
            while (next < sent.size() && !Arrays.equals(EthernetReference.padded(sent.get(next)), r.withoutFcs())) {
                next++;
            }
            assertTrue(
                    next < sent.size(),
                    who + ": accepted a frame that was not sent, or out of order (good frame " + good + ")");
            next++;
        }
        return good;
    }

    @Test
    void twoStationsOnACableExchangeTenThousandFramesEachWayAtFullRate() {
        try (World world = World.create("MacFast", 2, Medium.CABLE)) {
            Exchange x = exchange(world, "MacFast", 10_000, 1514, new Random(10));
            assertEquals(0, world.collisionCycles(), "nothing collides on a full-duplex cable");
            assertEveryFrameArrivedIntact(x);
            long bytes = x.sent().stream()
                            .flatMap(List::stream)
                            .mapToLong(f -> Math.max(60, f.length) + 24)
                            .sum()
                    / 2;
            assertTrue(
                    x.cycles() < bytes * 11 / 10 + 500_000,
                    "full rate: " + x.cycles() + " clocks for " + bytes + " byte times each way");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MacFast", "MacPhy"})
    void bitErrorsAreCaughtByTheFcsAndNothingCorruptIsDelivered(String top) {
        boolean phy = top.equals("MacPhy");
        double ber = phy ? 1e-4 : 1e-5;
        try (World world = World.create(top, 2, Medium.CABLE, new World.Impairments(ber, 0, 7))) {
            Exchange x = exchange(world, top, phy ? 150 : 2000, phy ? 400 : 1514, new Random(12));
            long flagged = 0;
            long missing = 0;
            for (int s = 0; s < 2; s++) {
                List<Received> got = x.receivers().get(s).frames;
                int good = assertGoodFramesAreSentFramesInOrder(x.sent().get(1 - s), got, top + " station " + s);
                flagged += got.stream().filter(r -> !r.good()).count();
                missing += x.sent().get(1 - s).size() - good;
            }
            assertTrue(world.bitErrors() > 20, "errors were injected: " + world.bitErrors());
            assertTrue(flagged > 0, "corrupted frames were received and flagged");
            assertTrue(
                    missing <= world.bitErrors(),
                    "every frame not delivered took at least one bit error: " + missing + " missing, "
                            + world.bitErrors() + " errors");
            assertTrue(missing > 0, "and some were not delivered");
            System.out.printf(
                    "%s, BER %.0e: %d bit errors, %d frames not delivered, %d flagged receptions%n",
                    top, ber, world.bitErrors(), missing, flagged);
        }
    }

    @Test
    void manchesterStationsWithFreeRunningClocks200PpmApartExchangeEveryFrame() {
        try (World world = World.create("MacPhy", 2, Medium.CABLE, new World.Impairments(0, 0, 21))) {
            world.clockOffset(0, 100);
            world.clockOffset(1, -100);
            assertEveryFrameArrivedIntact(exchange(world, "MacPhy", 40, 1514, new Random(15)));
        }
        try (World world = World.create("MacPhy", 2, Medium.CABLE)) {
            assertMessage("within", () -> world.clockOffset(0, 20000));
            assertMessage("no station", () -> world.clockOffset(2, 10));
        }
    }

    /**
     * IEEE 802.3 lets each station's clock be 100 ppm off (clause 24.2.3 for 100BASE-X), so two may be
     * 200 ppm apart. The byte-wide line's receivers recover the sender's clock and cross into their own
     * through an elastic buffer: without it they dropped or repeated a byte every 5000 clocks at 200
     * ppm, and about a third of maximum-length frames failed their FCS.
     */
    @Test
    void byteWideStationsWithFreeRunningClocks200PpmApartExchangeEveryFrame() {
        try (World world = World.create("MacFast", 2, Medium.CABLE, new World.Impairments(0, 0, 21))) {
            world.clockOffset(0, 100);
            world.clockOffset(1, -100);
            Exchange x = exchange(world, "MacFast", 400, 1514, new Random(16));
            assertEveryFrameArrivedIntact(x);
            assertEquals(0, world.elasticSlips(), "no byte slipped in the receivers' elastic buffers");
        }
    }

    /** Beyond the elastic buffers' slack, long frames fail their FCS: flagged, never delivered corrupt. */
    @Test
    void byteWideStationsFarApartLoseLongFramesAsFcsErrorsOnly() {
        try (World world = World.create("MacFast", 2, Medium.CABLE, new World.Impairments(0, 0, 22))) {
            world.clockOffset(0, 2000);
            world.clockOffset(1, -2000);
            Exchange x = exchange(world, "MacFast", 200, 1514, new Random(17));
            long flagged = 0;
            long delivered = 0;
            for (int s = 0; s < 2; s++) {
                List<Received> got = x.receivers().get(s).frames;
                delivered += assertGoodFramesAreSentFramesInOrder(x.sent().get(1 - s), got, "station " + s);
                flagged += got.stream().filter(r -> !r.good()).count();
            }
            assertTrue(world.elasticSlips() > 0, "bytes slipped at 4000 ppm apart");
            assertTrue(flagged > 0, "the frames they hit were flagged: " + flagged);
            assertTrue(delivered > 0, "short frames still cross: " + delivered);
        }
    }

    @ParameterizedTest(name = "clocks {0} ppm apart")
    @ValueSource(ints = {0, 200})
    void lostFramesAreMissingNotCorrupt(int ppmApart) {
        try (World world = World.create("MacFast", 2, Medium.CABLE, new World.Impairments(0, 0.2, 9))) {
            if (ppmApart != 0) { // free-running clocks: the receivers' elastic buffers carry the line
                world.clockOffset(0, ppmApart / 2.0);
                world.clockOffset(1, -ppmApart / 2.0);
            }
            Exchange x = exchange(world, "MacFast", 500, 600, new Random(13));
            long good = 0;
            for (int s = 0; s < 2; s++) {
                good += assertGoodFramesAreSentFramesInOrder(
                        x.sent().get(1 - s), x.receivers().get(s).frames, "station " + s);
                assertTrue(
                        x.receivers().get(s).frames.stream().allMatch(Received::good),
                        "a lost frame is silence, not garbage");
            }
            assertTrue(
                    world.framesLost() > 100 && world.framesLost() < 300, "about 20% of 1000: " + world.framesLost());
            assertEquals(1000 - world.framesLost(), good, "every frame not lost arrived");
        }
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        List<List<String>> runs = new ArrayList<>();
        for (long seed : new long[] {42, 42, 43}) {
            try (World world = World.create("MacFast", 2, Medium.CABLE, new World.Impairments(3e-5, 0.05, seed))) {
                Exchange x = exchange(world, "MacFast", 300, 1514, new Random(14));
                List<String> seen = new ArrayList<>();
                for (Receiver r : x.receivers()) {
                    for (Received f : r.frames) {
                        seen.add(java.util.HexFormat.of().formatHex(f.bytes()) + (f.good() ? "+" : "-"));
                    }
                }
                seen.add("errors=" + world.bitErrors() + " lost=" + world.framesLost());
                runs.add(seen);
            }
        }
        assertEquals(runs.get(0), runs.get(1), "seed 42 twice: identical receptions and verdicts");
        assertTrue(!runs.get(0).equals(runs.get(2)), "another seed: another run");
    }

    @ParameterizedTest(name = "{0} stations, clocks {1} ppm apart")
    @CsvSource({"4, 0", "8, 0", "4, 200"})
    void stationsOnAHubAllSendingResolveCollisions(int stations, int ppmApart) {
        int perStation = 25;
        Random random = new Random(11);
        byte[] broadcast = {-1, -1, -1, -1, -1, -1};
        try (World world = World.create("MacFast", stations, Medium.HUB)) {
            for (int s = 0; s < stations && ppmApart != 0; s++) {
                world.clockOffset(s, s % 2 == 0 ? ppmApart / 2.0 : -ppmApart / 2.0);
            }
            Stations loaded = new Stations();
            List<Model.Recorder> excessive = new ArrayList<>();
            List<Model.Recorder> collisions = new ArrayList<>();
            for (int s = 0; s < stations; s++) {
                List<byte[]> frames = new ArrayList<>();
                for (int i = 0; i < perStation; i++) {
                    byte[] f = EthernetReference.randomBytes(random, 60 + random.nextInt(340));
                    System.arraycopy(broadcast, 0, f, 0, 6);
                    f[6] = (byte) s; // who sent it, for the reader of a failure
                    frames.add(f);
                }
                Model station = loaded.load(world, true, frames);
                excessive.add(station.record("txExcessiveCollisions"));
                collisions.add(station.record("txCollision"));
            }
            long[] excessiveCount = new long[stations];
            long[] collisionCount = new long[stations];
            long cycles = 0;
            long pending = 1;
            while (pending > 0 && cycles < 20_000_000L) {
                cycles += world.run(200_000);
                for (int s = 0; s < stations; s++) {
                    loaded.receivers.get(s).drain();
                    excessiveCount[s] += Arrays.stream(excessive.get(s).take())
                            .filter(v -> v != 0)
                            .count();
                    collisionCount[s] += Arrays.stream(collisions.get(s).take())
                            .filter(v -> v != 0)
                            .count();
                }
                pending = loaded.pending();
            }
            world.run(20_000);
            loaded.receivers.forEach(Receiver::drain);
            assertEquals(0, pending, "every frame was sent or dropped");
            assertTrue(world.collisionCycles() > 0, "stations really collided");
            assertTrue(Arrays.stream(collisionCount).sum() > 0, "and the MACs saw it");

            for (int s = 0; s < stations; s++) {
                int delivered = 0;
                for (byte[] f : loaded.sent.get(s)) {
                    byte[] padded = EthernetReference.padded(f);
                    int copies = 0;
                    for (int r = 0; r < stations; r++) {
                        if (r != s) {
                            copies += (int) loaded.receivers.get(r).frames.stream()
                                    .filter(x -> x.good() && Arrays.equals(x.withoutFcs(), padded))
                                    .count();
                        }
                    }
                    assertTrue(
                            copies == 0 || copies == stations - 1,
                            "a frame reaches every other station or none: " + copies + " copies");
                    delivered += copies > 0 ? 1 : 0;
                }
                assertEquals(
                        perStation,
                        delivered + excessiveCount[s],
                        "station " + s + ": every frame delivered (" + delivered + ") or dropped after 16 collisions ("
                                + excessiveCount[s] + ")");
            }
            // Nothing but sent frames is accepted: collision fragments are flagged.
            for (int r = 0; r < stations; r++) {
                for (Received x : loaded.receivers.get(r).frames) {
                    if (x.good()) {
                        assertTrue(
                                loaded.sent.stream()
                                        .flatMap(List::stream)
                                        .anyMatch(f -> Arrays.equals(EthernetReference.padded(f), x.withoutFcs())),
                                "station " + r + " accepted a frame nobody sent");
                    }
                }
            }
            System.out.printf(
                    "hub, %d stations x %d frames: %d clocks, %d collision clocks, collisions per station %s, "
                            + "excessive drops %s%n",
                    stations,
                    perStation,
                    cycles,
                    world.collisionCycles(),
                    Arrays.toString(collisionCount),
                    Arrays.toString(excessiveCount));
        }
    }
}
