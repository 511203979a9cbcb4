package jnic.driver.loopback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jnic.net.wire.MacAddress;
import org.junit.jupiter.api.Test;

class LoopbackHubTest {
    static final MacAddress A = MacAddress.parse("02:00:00:00:00:0a");
    static final MacAddress B = MacAddress.parse("02:00:00:00:00:0b");
    static final MacAddress C = MacAddress.parse("02:00:00:00:00:0c");

    static byte[] frame(MacAddress to, MacAddress from, int sequence, int length) {
        byte[] f = new byte[length];
        new Random(sequence).nextBytes(f);
        to.copyTo(f, 0);
        from.copyTo(f, 6);
        f[12] = 0x08;
        f[13] = 0x00;
        f[14] = (byte) sequence;
        f[15] = (byte) (sequence >>> 8);
        return f;
    }

    static int sequence(byte[] f) {
        return (f[14] & 0xFF) | (f[15] & 0xFF) << 8;
    }

    @Test
    void aPairDeliversPrivateCopiesOnPump() throws IOException {
        LoopbackDevice[] pair = LoopbackHub.pair(A, B);
        List<byte[]> got = new ArrayList<>();
        pair[1].setHandler(got::add);
        byte[] f = frame(B, A, 1, 100);
        byte[] sent = f.clone();
        pair[0].send(f);
        f[20] ^= 1; // the sender's array is its own again once send returns
        assertEquals(0, got.size(), "nothing moves before the pump");
        assertEquals(1, pair[0].hub().pump());
        assertArrayEquals(sent, got.get(0));
        assertEquals(1, pair[0].statistics().txFrames());
        assertEquals(100, pair[1].statistics().rxBytes());
    }

    @Test
    void framesAreFilteredByDestinationAsANicWould() throws IOException {
        LoopbackHub hub = new LoopbackHub();
        LoopbackDevice a = hub.attach("a", A);
        LoopbackDevice b = hub.attach("b", B);
        LoopbackDevice c = hub.attach("c", C);
        List<Integer> atB = new ArrayList<>();
        List<Integer> atC = new ArrayList<>();
        b.setHandler(f -> atB.add(sequence(f)));
        c.setHandler(f -> atC.add(sequence(f)));
        a.send(frame(B, A, 1, 60));
        a.send(frame(MacAddress.BROADCAST, A, 2, 60));
        a.send(frame(MacAddress.parse("01:00:5e:00:00:01"), A, 3, 60));
        hub.pump();
        assertEquals(List.of(1, 2, 3), atB);
        assertEquals(List.of(2, 3), atC, "c hears group frames but not b's unicast");
        c.promiscuous(true);
        a.send(frame(B, A, 4, 60));
        hub.pump();
        assertEquals(List.of(2, 3, 4), atC);
    }

    @Test
    void answersSentFromAHandlerMoveInTheSamePump() throws IOException {
        LoopbackDevice[] pair = LoopbackHub.pair(A, B);
        int[] pings = new int[1];
        pair[1].setHandler(f -> {
            try {
                pair[1].send(frame(A, B, sequence(f), 60));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        pair[0].setHandler(f -> pings[0]++);
        pair[0].send(frame(B, A, 1, 60));
        assertEquals(2, pair[0].hub().pump());
        assertEquals(1, pings[0]);
    }

    @Test
    void impairmentsFollowTheSeed() throws IOException {
        List<Integer> first = run(42);
        assertEquals(first, run(42), "the same seed gives the same run");
        assertNotEquals(first, run(43));
        int n = 10_000;
        long kept = first.size();
        // loss 10 %, duplication 5 %: expect about 0.9 * 1.05 * n deliveries
        assertTrue(Math.abs(kept - 0.945 * n) < 0.02 * n, "delivered " + kept);
        boolean outOfOrder = false;
        for (int i = 1; i < first.size(); i++) {
            outOfOrder |= first.get(i) < first.get(i - 1);
        }
        assertTrue(outOfOrder, "some frames overtook others");
    }

    private static List<Integer> run(long seed) throws IOException {
        LoopbackHub hub = new LoopbackHub(new LoopbackHub.Impairments(0.10, 0.05, 0.05), seed);
        LoopbackDevice a = hub.attach("a", A);
        LoopbackDevice b = hub.attach("b", B);
        List<Integer> got = new ArrayList<>();
        b.setHandler(f -> got.add(sequence(f)));
        for (int k = 0; k < 10_000; k++) {
            a.send(frame(B, A, k, 60));
        }
        hub.pump();
        assertEquals(hub.framesLost(), 10_000 + hub.framesDuplicated() - got.size());
        return got;
    }

    @Test
    void badFramesAndClosedDevicesAreRefusedClearly() {
        LoopbackDevice[] pair = LoopbackHub.pair(A, B);
        IllegalArgumentException tooShort =
                assertThrows(IllegalArgumentException.class, () -> pair[0].send(new byte[13]));
        assertTrue(tooShort.getMessage().contains("14 to 1514"), tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pair[0].send(new byte[1515]));
        pair[0].close();
        assertThrows(IOException.class, () -> pair[0].send(frame(B, A, 1, 60)));
    }

    @Test
    void aThrowingHandlerCostsOneFrameCounted() throws IOException {
        LoopbackDevice[] pair = LoopbackHub.pair(A, B);
        List<Integer> got = new ArrayList<>();
        pair[1].setHandler(f -> {
            if (sequence(f) == 2) {
                throw new IllegalStateException("bad frame");
            }
            got.add(sequence(f));
        });
        for (int k = 1; k <= 3; k++) {
            pair[0].send(frame(B, A, k, 60));
        }
        pair[0].hub().pump();
        assertEquals(List.of(1, 3), got);
        assertEquals(1, pair[1].statistics().rxDropped());
    }
}
