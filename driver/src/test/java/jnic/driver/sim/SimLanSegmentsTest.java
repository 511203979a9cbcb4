package jnic.driver.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jnic.sim.Medium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A world of several segments: each a medium of its own, one clock for all. A station hears its
 * own segment only; collisions and captures are per segment; bad layouts are refused with the reason.
 */
class SimLanSegmentsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void eachSegmentIsAWireOfItsOwnInOneTimeBase(@TempDir Path dir) throws Exception {
        SimLan.Options options = SimLan.Options.network(
                SimLan.Build.FAST, List.of(new SimLan.Segment(Medium.HUB, 3), new SimLan.Segment(Medium.CABLE, 2)));
        assertEquals(5, options.stations());
        assertEquals(0, options.segmentOf(2));
        assertEquals(1, options.segmentOf(3));
        Path hub = dir.resolve("hub.pcapng");
        Path cable = dir.resolve("cable.pcapng");
        Path all = dir.resolve("all.pcapng");
        try (SimLan lan = SimLan.create(options)) {
            lan.capturePcapng(0, hub);
            lan.capturePcapng(1, cable);
            lan.capturePcapng(all);
            SimNic[] nic = new SimNic[5];
            List<List<byte[]>> got = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                // Promiscuous: every station keeps whatever reaches its line, so hearing is what is tested.
                nic[i] = lan.open(i, SimNic.Config.defaults().withPromiscuous(true));
                List<byte[]> mine = new ArrayList<>();
                nic[i].setHandler(mine::add);
                got.add(mine);
            }
            byte[] onHub = SimNicTest.frame(nic[1].macAddress(), nic[0].macAddress(), 0x88B5, 200, new Random(1));
            byte[] onCable = SimNicTest.frame(nic[4].macAddress(), nic[3].macAddress(), 0x88B5, 300, new Random(2));
            nic[0].send(onHub);
            nic[3].send(onCable); // at the same time, on the other segment: no collision
            assertTrue(lan.runUntil(() -> got.get(1).size() == 1 && got.get(4).size() == 1, SECOND));
            lan.runFor(1_000_000);
            assertArrayEquals(onHub, got.get(1).get(0));
            assertArrayEquals(onHub, got.get(2).get(0), "the hub repeats to every port of its segment");
            assertArrayEquals(onCable, got.get(4).get(0));
            assertEquals(1, got.get(2).size(), "nothing from the cable reaches the hub");
            assertEquals(0, got.get(0).size() + got.get(3).size(), "a sender does not hear itself");
            assertEquals(0, lan.collisionCycles(0));
            assertEquals(0, lan.collisionCycles(1));

            // Two hub stations made ready while a third is talking defer to it, start together after
            // the gap and collide (on the hub only); the backoff then gets both frames through.
            nic[0].send(SimNicTest.frame(nic[1].macAddress(), nic[0].macAddress(), 0x88B5, 1500, new Random(3)));
            nic[1].send(SimNicTest.frame(nic[0].macAddress(), nic[1].macAddress(), 0x88B5, 100, new Random(4)));
            nic[2].send(SimNicTest.frame(nic[0].macAddress(), nic[2].macAddress(), 0x88B5, 100, new Random(5)));
            assertTrue(
                    lan.runUntil(() -> got.get(0).size() == 2 && got.get(2).size() == 3, SECOND / 20),
                    () -> "station 0 got " + got.get(0).size() + ", station 1 "
                            + got.get(1).size() + ", station 2 "
                            + got.get(2).size() + "; collisions " + lan.collisionCycles(0) + "; " + nic[0].statistics()
                            + nic[1].statistics() + nic[2].statistics());
            assertTrue(lan.collisionCycles(0) > 0, "the two collided on the hub");
            assertEquals(1, got.get(4).size(), "and the cable heard none of it");
            assertEquals(0, lan.collisionCycles(1));
            assertThrows(IllegalArgumentException.class, () -> lan.collisionCycles(2));
        }
        assertTrue(Files.size(all) > Files.size(hub) && Files.size(hub) > Files.size(cable) && Files.size(cable) > 0);
    }

    @Test
    void aSegmentsOwnImpairmentsStayOnItsWire() throws Exception {
        SimLan.Options options = SimLan.Options.network(
                SimLan.Build.FAST, List.of(new SimLan.Segment(Medium.CABLE, 2), new SimLan.Segment(Medium.CABLE, 2)));
        try (SimLan lan = SimLan.create(options.withImpairments(0, 0, 5))) {
            lan.impairments(1, 1e-4, 0); // a noisy second cable; the first stays clean
            SimNic[] nic = new SimNic[4];
            int[] got = new int[4];
            for (int i = 0; i < 4; i++) {
                nic[i] = lan.open(i, SimNic.Config.defaults());
                int me = i;
                nic[i].setHandler(f -> got[me]++);
            }
            for (int k = 0; k < 50; k++) {
                nic[0].send(SimNicTest.frame(nic[1].macAddress(), nic[0].macAddress(), 0x88B5, 1500, new Random(k)));
                nic[2].send(SimNicTest.frame(nic[3].macAddress(), nic[2].macAddress(), 0x88B5, 1500, new Random(k)));
            }
            lan.runFor(20_000_000);
            assertEquals(50, got[1], "the clean cable delivers all");
            assertEquals(0, nic[1].hardwareCounters().get(jnic.sim.nic.NicRegisterMap.Counter.RX_FCS_ERRORS));
            long bad = nic[3].hardwareCounters().get(jnic.sim.nic.NicRegisterMap.Counter.RX_FCS_ERRORS);
            assertTrue(bad > 0, "1e-4 per bit breaks about 70 % of 1500-byte frames: " + bad);
            assertEquals(50, got[3] + bad);
            assertThrows(IllegalArgumentException.class, () -> lan.impairments(2, 0, 0));
            assertThrows(IllegalArgumentException.class, () -> lan.impairments(0, 1.5, 0));
        }
    }

    @Test
    void badLayoutsSayWhatIsWrong() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new SimLan.Segment(Medium.CABLE, 3));
        assertEquals("a cable joins exactly 2 adapters, not 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SimLan.Segment(Medium.HUB, 1));
        assertEquals("a hub needs at least 2 adapters, not 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SimLan.Options.network(SimLan.Build.FAST, List.of()));
        assertEquals("a LAN needs at least one segment", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> SimLan.Options.cable(SimLan.Build.FAST).segmentOf(2));
        assertEquals("no station 2 (the LAN has 2)", e.getMessage());
    }
}
