package jnic.driver.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.net.wire.MacAddress;
import jnic.sim.Medium;
import jnic.sim.nic.NicRegisterMap.Counter;
import org.junit.jupiter.api.Test;

/**
 * A switch of three ports on simulated hardware: each port is a generated adapter on a full-duplex
 * cable to one station's adapter (segment s holds station 2s and the switch's port s, station
 * 2s + 1). What each station's adapter received, and filtered, shows where the switch sent frames.
 */
class LearningBridgeTest {
    static final long MS = 1_000_000L;

    /** Three stations behind a switch, on {@code options}' world. */
    static final class Switched implements AutoCloseable {
        final SimLan lan;
        final SimNic[] station = new SimNic[3];
        final List<List<byte[]>> got = new ArrayList<>();
        final List<SimNic> ports = new ArrayList<>();
        final LearningBridge bridge;

        Switched(SimLan.Build build, double bitErrorRate, LearningBridge.Config config) throws Exception {
            List<SimLan.Segment> cables = List.of(
                    new SimLan.Segment(Medium.CABLE, 2),
                    new SimLan.Segment(Medium.CABLE, 2),
                    new SimLan.Segment(Medium.CABLE, 2));
            lan = SimLan.create(SimLan.Options.network(build, cables).withImpairments(bitErrorRate, 0, 11));
            for (int s = 0; s < 3; s++) {
                station[s] = lan.open(2 * s, SimNic.Config.defaults());
                List<byte[]> mine = new ArrayList<>();
                station[s].setHandler(mine::add);
                got.add(mine);
                ports.add(lan.open(
                        2 * s + 1,
                        SimNic.Config.defaults()
                                .withPromiscuous(true)
                                .withTransmitQueue(config.outputQueueFrames(), 0)));
            }
            bridge = new LearningBridge("switch", lan, ports, config);
        }

        byte[] frame(int from, MacAddress to, int length, long seed) {
            byte[] f = new byte[length];
            new Random(seed).nextBytes(f);
            to.copyTo(f, 0);
            station[from].macAddress().copyTo(f, 6);
            f[12] = (byte) 0x88;
            f[13] = (byte) 0xB5;
            return f;
        }

        long filtered(int s) {
            return station[s].hardwareCounters().get(Counter.RX_FILTERED);
        }

        @Override
        public void close() {
            lan.close();
        }
    }

    @Test
    void learnsFloodsFiltersAndForgetsInSimulatedTime() throws Exception {
        try (Switched sw =
                new Switched(SimLan.Build.FAST, 0, LearningBridge.Config.DEFAULT.withAgeing(Duration.ofMillis(5)))) {
            MacAddress a = sw.station[0].macAddress();
            MacAddress b = sw.station[1].macAddress();

            byte[] first = sw.frame(0, b, 200, 1);
            sw.station[0].send(first); // b unknown: flooded to b and c; c's adapter filters it
            assertTrue(sw.lan.runUntil(() -> sw.got.get(1).size() == 1, 10 * MS));
            sw.lan.runFor(MS);
            assertArrayEquals(first, sw.got.get(1).get(0));
            assertEquals(1, sw.filtered(2), "flooded: c's adapter heard it and filtered it");
            assertEquals(0, sw.bridge.portOf(a), "a learned on port 0");

            byte[] reply = sw.frame(1, a, 300, 2);
            sw.station[1].send(reply); // a known: port 0 only
            assertTrue(sw.lan.runUntil(() -> sw.got.get(0).size() == 1, 10 * MS));
            sw.lan.runFor(MS);
            assertArrayEquals(reply, sw.got.get(0).get(0));
            assertEquals(1, sw.filtered(2), "not sent to c");
            assertEquals(1, sw.bridge.portOf(b));

            sw.station[0].send(sw.frame(0, b, 100, 3)); // both known now
            assertTrue(sw.lan.runUntil(() -> sw.got.get(1).size() == 2, 10 * MS));
            sw.lan.runFor(MS);
            assertEquals(1, sw.filtered(2), "forwarded to b's port only");

            sw.lan.runFor(6 * MS); // longer than the ageing time with nothing from b
            assertEquals(-1, sw.bridge.portOf(b), "b's entry aged out");
            sw.station[0].send(sw.frame(0, b, 100, 4));
            assertTrue(sw.lan.runUntil(() -> sw.got.get(1).size() == 3, 10 * MS));
            sw.lan.runFor(MS);
            assertEquals(2, sw.filtered(2), "flooded again after ageing");

            sw.station[2].send(sw.frame(2, MacAddress.BROADCAST, 64, 5));
            assertTrue(sw.lan.runUntil(
                    () -> sw.got.get(0).size() == 2 && sw.got.get(1).size() == 4, 10 * MS));
            assertEquals(1, sw.bridge.flooded(2), "a broadcast goes to every other port");
            assertEquals(0, sw.got.get(2).size(), "never back out of the port it came in on");
            assertEquals(
                    0,
                    sw.bridge.counters(0).queueDrops() + sw.bridge.counters(1).queueDrops());
        }
    }

    @Test
    void twoStationsAtLineRateIntoOnePortOverflowItsQueueAndTheDropsAreCounted() throws Exception {
        try (Switched sw =
                new Switched(SimLan.Build.FAST, 0, new LearningBridge.Config(Duration.ofSeconds(300), 64, 4))) {
            MacAddress b = sw.station[1].macAddress();
            sw.station[1].send(sw.frame(1, MacAddress.BROADCAST, 64, 1)); // b's port learned
            assertTrue(sw.lan.runUntil(() -> sw.got.get(0).size() == 1, 10 * MS));
            int burst = 40;
            for (int i = 0; i < burst; i++) {
                sw.station[0].send(sw.frame(0, b, 1500, 100 + i));
                sw.station[2].send(sw.frame(2, b, 1500, 200 + i));
            }
            sw.lan.runFor(20 * MS); // 80 frames of 1500 bytes take about 10 ms at 100 Mb/s
            LearningBridge.PortCounters toB = sw.bridge.counters(1);
            long received =
                    sw.bridge.counters(0).received() + sw.bridge.counters(2).received();
            assertEquals(2L * burst, received, "the input ports took everything at line rate");
            assertTrue(toB.queueDrops() > 0, "b's port could not keep up: " + toB);
            assertEquals(received, toB.sent() + toB.queueDrops(), "every frame was sent or counted as dropped");
            assertEquals(toB.sent(), sw.got.get(1).size(), "and b received every frame the port sent");
        }
    }

    @Test
    void framesWithABadFcsAreNotForwarded() throws Exception {
        try (Switched sw = new Switched(SimLan.Build.FAST, 2e-5, LearningBridge.Config.DEFAULT)) {
            MacAddress b = sw.station[1].macAddress();
            for (int i = 0; i < 60; i++) {
                sw.station[0].send(sw.frame(0, b, 1500, 300 + i));
            }
            sw.lan.runFor(20 * MS);
            long badAtTheSwitch = sw.ports.get(0).hardwareCounters().get(Counter.RX_FCS_ERRORS);
            assertTrue(badAtTheSwitch > 0, "bit errors on a's cable broke some frames' FCS");
            assertEquals(
                    60 - badAtTheSwitch,
                    sw.bridge.counters(0).received(),
                    "the port's MAC dropped them; the bridge never saw them");
            assertEquals(sw.bridge.counters(0).received(), sw.bridge.counters(1).sent(), "so only good frames went on");
        }
    }
}
