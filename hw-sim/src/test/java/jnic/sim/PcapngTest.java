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
    void collisionsOnAHubAreMarked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hub.pcapng");
        try (World world = World.create("MacFast", 3, Medium.HUB)) {
            for (Model m : world.stations()) {
                m.set("halfDuplex", 1);
            }
            world.capturePcapng(file);
            sendEachWay(world, 10, new Random(2));
            world.run(200_000);
        }
        List<Pcapng.Packet> packets = Pcapng.read(file);
        assertTrue(packets.stream().anyMatch(p -> p.comment().contains("collision")), "collisions are marked");
        assertTrue(packets.stream().anyMatch(p -> p.comment().isEmpty()), "and the rest are not");
        assertTrue(
                packets.stream()
                        .filter(p -> p.comment().contains("no SFD"))
                        .allMatch(p -> p.comment().contains("collision")),
                "fragments come from collisions");
        assertTshark(file, packets.size());
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
        assertTrue(
                lines.stream().filter(l -> l.contains("Malformed")).allMatch(l -> l.contains("collision")),
                "nothing malformed but marked collision fragments: " + out);
    }
}
