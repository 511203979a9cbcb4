package jnic.sim.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import jnic.sim.Model;
import jnic.sim.golden.EthernetReference;
import org.junit.jupiter.api.Test;

/** Testbench of the receive address filter against the rule in its documentation. */
class AddressFilterTest {
    private static final byte[] STATION = {0x02, 0x11, 0x22, 0x33, 0x44, 0x55};
    private static final byte[] BROADCAST = {-1, -1, -1, -1, -1, -1};

    /** The multicast bin the documentation gives: top 6 bits of java.util.zip.CRC32 of the address. */
    static int bin(byte[] address) {
        return (int) (EthernetReference.crc(address) >>> 26);
    }

    record Match(boolean accept, boolean unicast, boolean broadcast, boolean multicast) {}

    private static Match filter(byte[] destination, long hash, boolean promiscuous, int frameLength) {
        byte[] frame = new byte[frameLength];
        new Random(frameLength).nextBytes(frame);
        System.arraycopy(destination, 0, frame, 0, Math.min(6, frameLength));
        try (Model m = Model.create("AddressFilter")) {
            m.set("stationAddress", EthernetReference.wireOrder(STATION));
            m.set("multicastHash", hash);
            m.set("promiscuous", promiscuous ? 1 : 0);
            // The bin comes from RxChecker (tested there); here, from the reference.
            m.set("destinationHash", bin(destination));
            Model.Source in = m.source("rx");
            Model.Recorder last = m.record("rxLast");
            Model.Recorder valid = m.record("rxValid");
            Model.Recorder accept = m.record("accept");
            Model.Recorder unicast = m.record("unicastMatch");
            Model.Recorder broadcast = m.record("broadcastMatch");
            Model.Recorder multicast = m.record("multicastMatch");
            in.pushPacket(frame);
            m.run(frameLength + 4);
            long[] l = last.take();
            long[] v = valid.take();
            int at = 0;
            while (!(l[at] != 0 && v[at] != 0)) {
                at++;
            }
            return new Match(
                    accept.take()[at] != 0,
                    unicast.take()[at] != 0,
                    broadcast.take()[at] != 0,
                    multicast.take()[at] != 0);
        }
    }

    @Test
    void ownUnicastAndBroadcastAreAcceptedOtherUnicastIsNot() {
        assertEquals(new Match(true, true, false, false), filter(STATION, 0, false, 64));
        assertEquals(new Match(true, false, true, false), filter(BROADCAST, 0, false, 64));
        // Each address byte's comparison joins the verdict a clock later: the station's address
        // matches from the 8th byte on (a 7-byte frame is a runt).
        assertEquals(new Match(false, false, false, false), filter(STATION, 0, false, 7), "7 bytes, own address");
        assertEquals(new Match(true, true, false, false), filter(STATION, 0, false, 8), "8 bytes, own address");
        for (int i = 0; i < 6; i++) {
            byte[] other = STATION.clone();
            other[i] ^= 0x40; // differs in one byte (individual bit untouched)
            assertEquals(new Match(false, false, false, false), filter(other, 0, false, 64), "differs in byte " + i);
        }
    }

    @Test
    void multicastFollowsTheHashBinOfItsCrc() {
        Random random = new Random(21);
        for (int trial = 0; trial < 40; trial++) {
            byte[] group = new byte[6];
            random.nextBytes(group);
            group[0] |= 1; // group address
            if (java.util.Arrays.equals(group, BROADCAST)) {
                continue;
            }
            int bin = bin(group);
            assertEquals(
                    new Match(true, false, false, true), filter(group, 1L << bin, false, 64), "bin " + bin + " set");
            if (trial == 0) {
                // The bin's table bit is looked up through two registers: it counts from the 9th
                // byte on, so a frame of 8 bytes (a runt) never matches a group, whatever the bin
                // lines held before.
                assertEquals(
                        new Match(false, false, false, false), filter(group, 1L << bin, false, 8), "8 bytes, bin set");
                assertEquals(
                        new Match(true, false, false, true), filter(group, 1L << bin, false, 9), "9 bytes, bin set");
            }
            long allButBin = ~(1L << bin);
            assertEquals(
                    new Match(false, false, false, false),
                    filter(group, allButBin, false, 64),
                    "every bin but " + bin + " set");
        }
    }

    @Test
    void promiscuousTakesEverythingAndShortFramesNeverMatch() {
        byte[] other = {0x02, 0, 0, 0, 0, 1};
        assertEquals(new Match(true, false, false, false), filter(other, 0, true, 64));
        assertEquals(
                new Match(false, false, false, false), filter(STATION, 0, false, 6), "6 bytes: no room for a frame");
        assertEquals(new Match(true, false, false, false), filter(STATION, 0, true, 3), "promiscuous takes even runts");
    }
}
