package jnic.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jnic.sim.golden.EthernetReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The world's pcapng capture: every frame as sent, readable by tshark, the same for the same seed. */
class PcapngTest {

    private static byte[] address(int i) {
        return new byte[] {0x02, 0, 0, 0, 0x10, (byte) (0x20 + i)};
    }

    private static List<byte[]> sendEachWay(World world, int count, Random random) {
        List<byte[]> all = new ArrayList<>();
        for (int s = 0; s < world.stations().size(); s++) {
            Model m = world.station(s);
            m.set("maxLength", 1514);
            m.set("stationAddress", EthernetReference.wireOrder(address(s)));
            Model.Source in = m.source("frame");
            for (int i = 0; i < count; i++) {
                byte[] f = EthernetReference.randomBytes(random, 14 + random.nextInt(300));
                System.arraycopy(address((s + 1) % world.stations().size()), 0, f, 0, 6);
                System.arraycopy(address(s), 0, f, 6, 6);
                f[12] = (byte) 0x88; // EtherType 0x88B5, IEEE 802 local experimental: no dissector
                f[13] = (byte) 0xB5; // reads meaning into the random payload
                in.pushPacket(f);
                all.add(f);
            }
        }
        return all;
    }

    /** The capture holds as many frames as were sent, each sent frame among them, padded and with its FCS. */
    private static List<Pcapng.Packet> assertCapturedAsSent(Path file, List<byte[]> sent, String each)
            throws IOException {
        List<Pcapng.Packet> packets = Pcapng.read(file);
        assertEquals(sent.size(), packets.size());
        for (byte[] f : sent) {
            byte[] expected = EthernetReference.concat(
                    EthernetReference.padded(f), EthernetReference.fcs(EthernetReference.padded(f)));
            assertTrue(packets.stream().anyMatch(p -> java.util.Arrays.equals(p.bytes(), expected)), each);
        }
        return packets;
    }

    @Test
    void everyFrameOnTheMediumIsCapturedAsSentWithItsFcs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cable.pcapng");
        List<byte[]> sent;
        try (World world = World.create("MacFast", 2, Medium.CABLE)) {
            world.capturePcapng(file);
            sent = sendEachWay(world, 20, new Random(1));
            world.run(40_000);
            assertEquals(sent.size(), world.framesCaptured());
        }
        List<Pcapng.Packet> packets = assertCapturedAsSent(file, sent, "a sent frame is in the capture");
        for (int i = 1; i < packets.size(); i++) {
            assertTrue(packets.get(i).nanos() >= 0, "timestamps in simulated time");
        }
        assertTshark(file, sent.size());
    }

    @Test
    void collisionsOnAHubAreNotedNotWrittenAsFrames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hub.pcapng");
        Path heard = dir.resolve("hub-rx-0.pcapng");
        List<byte[]> sent;
        try (World world = World.create("MacFast", 3, Medium.HUB)) {
            for (Model m : world.stations()) {
                m.set("halfDuplex", 1);
            }
            world.capturePcapng(file);
            world.capturePcapng(0, heard);
            sent = sendEachWay(world, 10, new Random(2));
            world.run(200_000);
        }
        // Every packet is a whole frame as sent (each attempt cut by a collision was retried whole).
        List<Pcapng.Packet> packets = assertCapturedAsSent(file, sent, "every frame went out whole in the end");
        for (Pcapng.Packet p : packets) {
            byte[] f = p.bytes();
            byte[] body = java.util.Arrays.copyOf(f, f.length - 4);
            assertArrayEquals(
                    EthernetReference.fcs(body),
                    java.util.Arrays.copyOfRange(f, f.length - 4, f.length),
                    "a whole frame with its FCS, not a fragment");
        }
        assertTrue(
                packets.stream().anyMatch(p -> p.comment().contains("collision: station")),
                "the collisions are noted on the frames after them");
        assertTrue(packets.stream().anyMatch(p -> p.comment().isEmpty()), "and the rest are not");
        assertTshark(file, packets.size());
        // Station 0 heard the collisions too, and every frame it heard whole.
        List<Pcapng.Packet> received = Pcapng.read(heard);
        assertTrue(received.stream().anyMatch(p -> p.comment().contains("collision")), "collisions noted");
        assertTrue(received.stream().allMatch(p -> (p.flags() & Pcapng.Packet.INBOUND) != 0), "marked inbound");
        assertTrue(received.stream().noneMatch(Pcapng.Packet::crcError), "no bit errors on this hub");
        assertTrue(received.size() >= 2 * 10, "it heard the other two stations' frames: " + received.size());
        assertTshark(heard, received.size());
    }

    @Test
    void aStationsReceiveCaptureIsWhatItsPhyDecodedFlaggedAsItsMacJudgedIt(@TempDir Path dir) throws Exception {
        Path heard = dir.resolve("rx-1.pcapng");
        WorldTest.Receiver receiver;
        List<byte[]> sent;
        try (World world = World.create("MacPhy", 2, Medium.CABLE, new World.Impairments(1e-4, 0, 5))) {
            world.clockOffset(1, 100); // the receiver's clock 100 ppm off the sender's
            world.capturePcapng(1, heard);
            receiver = new WorldTest.Receiver(world.station(1));
            sent = sendEachWay(world, 30, new Random(6));
            world.run(3_000_000);
            receiver.drain();
        }
        List<byte[]> toStation1 = sent.subList(0, 30).stream()
                .map(f -> EthernetReference.concat(
                        EthernetReference.padded(f), EthernetReference.fcs(EthernetReference.padded(f))))
                .toList();
        List<Pcapng.Packet> packets = Pcapng.read(heard);
        // The capture is taken from the MII's monitor port: the frames the MAC received, as it
        // received them (those of a header and an FCS at least), and its FCS flag (zlib's CRC-32)
        // agrees with the MAC's RxChecker.
        List<WorldTest.Received> frames =
                receiver.frames.stream().filter(r -> r.bytes().length >= 18).toList();
        assertEquals(frames.size(), packets.size(), "a captured frame for each the MAC received");
        long flagged = 0;
        for (int i = 0; i < packets.size(); i++) {
            Pcapng.Packet p = packets.get(i);
            assertArrayEquals(frames.get(i).bytes(), p.bytes(), "frame " + i + " as the MAC received it");
            assertEquals(frames.get(i).badFcs(), p.crcError(), "frame " + i + ": the FCS verdicts agree");
            boolean intact = toStation1.stream().anyMatch(f -> java.util.Arrays.equals(f, p.bytes()));
            assertEquals(!intact, p.crcError(), "frame " + i + " is flagged exactly when it is not a frame sent");
            flagged += p.crcError() ? 1 : 0;
        }
        assertTrue(flagged >= 1, "bit errors hit some frames: " + flagged);
        assertTrue(flagged < packets.size(), "but not all");
        assertTshark(heard, packets.size());
        long tsharkFlagged = tsharkCount(heard, "frame.packet_flags_crc_error == 1");
        assertTrue(tsharkFlagged < 0 || tsharkFlagged == flagged, "tshark reads the flags: " + tsharkFlagged);
    }

    @Test
    void aByteWideStationsReceiveCaptureFlagsTheFramesTheLineDamaged(@TempDir Path dir) throws Exception {
        Path heard = dir.resolve("rx-fast-1.pcapng");
        List<byte[]> sent;
        try (World world = World.create("MacFast", 2, Medium.CABLE, new World.Impairments(1e-4, 0, 7))) {
            world.capturePcapng(1, heard);
            sent = sendEachWay(world, 40, new Random(8));
            world.run(100_000);
        }
        List<byte[]> toStation1 = sent.subList(0, 40).stream()
                .map(f -> EthernetReference.concat(
                        EthernetReference.padded(f), EthernetReference.fcs(EthernetReference.padded(f))))
                .toList();
        List<Pcapng.Packet> packets = Pcapng.read(heard);
        assertEquals(40, packets.size(), "every frame, damaged or not");
        long flagged = 0;
        for (int i = 0; i < packets.size(); i++) {
            Pcapng.Packet p = packets.get(i);
            boolean intact = java.util.Arrays.equals(toStation1.get(i), p.bytes());
            assertEquals(!intact, p.crcError(), "frame " + i + " is flagged exactly when the line damaged it");
            flagged += p.crcError() ? 1 : 0;
        }
        assertTrue(flagged >= 1 && flagged < packets.size(), "bit errors hit some frames, not all: " + flagged);
        assertTshark(heard, packets.size());
    }

    @Test
    void theManchesterLineIsCapturedToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("phy.pcapng");
        List<byte[]> sent;
        try (World world = World.create("MacPhy", 2, Medium.CABLE)) {
            world.clockOffset(1, 100);
            world.capturePcapng(file);
            sent = sendEachWay(world, 3, new Random(3));
            world.run(200_000);
        }
        assertCapturedAsSent(file, sent, "decoded from the line as sent");
    }

    @Test
    void theSameSeedWritesTheSameFile(@TempDir Path dir) throws Exception {
        List<byte[]> files = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Path file = dir.resolve("run" + run + ".pcapng");
            try (World world = World.create("MacFast", 3, Medium.HUB, new World.Impairments(1e-5, 0.05, 77))) {
                for (Model m : world.stations()) {
                    m.set("halfDuplex", 1);
                }
                world.capturePcapng(file);
                sendEachWay(world, 10, new Random(4));
                world.run(150_000);
            }
            files.add(Files.readAllBytes(file));
        }
        assertArrayEquals(files.get(0), files.get(1), "byte-identical captures");
    }

    @Test
    void anUnwritablePathIsAClearError(@TempDir Path dir) {
        try (World world = World.create("MacFast", 2, Medium.CABLE)) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> world.capturePcapng(dir.resolve("no/such/dir/x.pcapng")));
            assertTrue(e.getMessage().contains("cannot write pcapng file"), e.getMessage());
        }
    }

    /** tshark, where installed, reads the file without complaint and sees the frames. */
    private static void assertTshark(Path file, int frames) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/tshark"))) {
            System.out.println("tshark not installed: capture checked by the reader above only");
            return;
        }
        Process p = new ProcessBuilder(
                        "/usr/bin/tshark",
                        "-r",
                        file.toString(),
                        "-T",
                        "fields",
                        "-e",
                        "frame.len",
                        "-e",
                        "_ws.malformed",
                        "-e",
                        "_ws.expert")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "tshark finished");
        assertEquals(0, p.exitValue(), "tshark read the file: " + out);
        List<String> lines = out.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("Running as"))
                .toList();
        assertEquals(frames, lines.size(), "tshark sees every frame: " + out);
        assertTrue(lines.stream().noneMatch(l -> l.contains("Malformed")), "nothing malformed: " + out);
    }

    /** How many frames of the file tshark's display filter keeps (or -1 where tshark is not installed). */
    private static long tsharkCount(Path file, String filter) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/tshark"))) {
            return -1;
        }
        Process p = new ProcessBuilder(
                        "/usr/bin/tshark", "-r", file.toString(), "-Y", filter, "-T", "fields", "-e", "frame.number")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "tshark finished");
        return out.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("Running as"))
                .count();
    }
}
