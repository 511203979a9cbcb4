package jnic.sim.mac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import jnic.sim.Model;
import jnic.sim.golden.EthernetReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Testbench of the transmit MAC (verilog-out/MacTx.v) against {@link EthernetReference}. */
class MacTxTest {
    private static final int GAP_BYTES = 12;

    /** What the MAC put on the line: frames (runs of bytes on consecutive strobes) and the idle strobes before each. */
    record Line(List<byte[]> frames, List<Long> idleStrobesBefore) {}

    private static Line line(List<Model.Transfer> transfers, int strobePeriod) {
        List<byte[]> frames = new ArrayList<>();
        List<Long> idle = new ArrayList<>();
        java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
        long previous = Long.MIN_VALUE;
        for (Model.Transfer t : transfers) {
            if (previous != Long.MIN_VALUE && t.cycle() != previous + strobePeriod) {
                frames.add(current.toByteArray());
                current.reset();
                idle.add((t.cycle() - previous) / strobePeriod - 1);
            }
            current.write((int) t.data());
            previous = t.cycle();
        }
        if (current.size() > 0) {
            frames.add(current.toByteArray());
        }
        return new Line(frames, idle);
    }

    private static byte[] strobeEvery(int period) {
        byte[] pattern = new byte[period];
        pattern[period - 1] = 1;
        return pattern;
    }

    private static long ones(long[] samples) {
        return Arrays.stream(samples).filter(v -> v != 0).count();
    }

    private static Model mac() {
        return Model.create("MacTx");
    }

    @ParameterizedTest(name = "a byte time every {0} clocks")
    @ValueSource(ints = {1, 8})
    void framesOfEveryPadLengthAndRandomLengthsBackToBack(int strobePeriod) {
        Random random = new Random(strobePeriod);
        List<byte[]> frames = new ArrayList<>();
        for (int length = 1; length <= 61; length++) { // pads of 59..0 bytes, and none
            frames.add(EthernetReference.randomBytes(random, length));
        }
        for (int i = 0; i < 30; i++) {
            frames.add(EthernetReference.randomBytes(random, 1 + random.nextInt(1514)));
        }
        frames.add(EthernetReference.randomBytes(random, 1514));
        try (Model m = mac()) {
            // The source keeps up: it offers a byte on every cycle but the first of each period.
            Model.Source in = m.source("frame", strobePeriod == 1 ? new byte[0] : strobeEvery(strobePeriod));
            Model.Sink tx = m.sink("tx", strobeEvery(strobePeriod));
            Model.Recorder sent = m.record("sent");
            Model.Recorder errors = m.record("underflow");
            frames.forEach(in::pushPacket);
            long bytesOnWire = frames.stream()
                    .mapToLong(f -> 8 + Math.max(60, f.length) + 4 + GAP_BYTES)
                    .sum();
            m.run((bytesOnWire + 16) * strobePeriod);

            Line line = line(tx.take(), strobePeriod);
            assertEquals(frames.size(), line.frames().size(), "frames on the line");
            for (int i = 0; i < frames.size(); i++) {
                assertArrayEquals(
                        EthernetReference.wire(frames.get(i)),
                        line.frames().get(i),
                        "frame " + i + " of " + frames.get(i).length + " bytes");
            }
            for (long idle : line.idleStrobesBefore()) {
                assertEquals(GAP_BYTES, idle, "back-to-back frames are separated by exactly the 96-bit gap");
            }
            assertEquals(frames.size(), ones(sent.take()), "one 'sent' pulse per frame");
            assertEquals(0, ones(errors.take()), "no underflow when the source keeps up");
            assertEquals(0, in.pending());
        }
    }

    @Test
    void underflowEndsTheFrameWithABadFcsDrainsItAndReports() {
        Random random = new Random(3);
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            frames.add(EthernetReference.randomBytes(random, 1 + random.nextInt(120)));
        }
        try (Model m = mac()) {
            // One byte time per clock, but the source withholds valid one cycle in 37: frames
            // whose bytes straddle such a cycle starve, shorter ones may get through whole.
            byte[] gaps = new byte[37];
            gaps[36] = 1;
            Model.Source in = m.source("frame", gaps);
            Model.Sink tx = m.sink("tx");
            Model.Recorder underflow = m.record("underflow");
            Model.Recorder sent = m.record("sent");
            frames.forEach(in::pushPacket);
            m.run(20_000);

            Line line = line(tx.take(), 1);
            assertEquals(0, in.pending(), "every starved frame's remaining bytes were drained");
            assertEquals(frames.size(), line.frames().size(), "each frame appears once on the line, whole or cut");
            int whole = 0;
            int cut = 0;
            for (int i = 0; i < frames.size(); i++) {
                byte[] onLine = line.frames().get(i);
                byte[] frame = frames.get(i);
                if (Arrays.equals(EthernetReference.wire(frame), onLine)) {
                    whole++;
                    continue;
                }
                int sentBytes = onLine.length - 8 - 4;
                assertTrue(sentBytes > 0 && sentBytes < frame.length, "frame " + i + " cut mid-frame");
                assertArrayEquals(
                        EthernetReference.aborted(Arrays.copyOf(frame, sentBytes)),
                        onLine,
                        "frame " + i + " cut after " + sentBytes + " bytes ends with the complement of its FCS");
                cut++;
            }
            assertTrue(cut > 0 && whole > 0, "the test exercises both outcomes (" + whole + " whole, " + cut + " cut)");
            assertEquals(cut, ones(underflow.take()), "one underflow reported per cut frame");
            assertEquals(whole, ones(sent.take()), "only whole frames count as sent");
            for (long idle : line.idleStrobesBefore()) {
                assertTrue(idle >= GAP_BYTES, "the 96-bit gap follows every frame, aborted ones too");
            }
        }
    }

    /** The frames MacTx reports sent when abortFrame is high in one clock only. */
    private static long sentWithAbortAt(long abortCycle, byte[] first, byte[] second, List<byte[]> lastFrame) {
        try (Model m = mac()) {
            long[] abort = new long[1000];
            abort[(int) abortCycle] = 1;
            m.drive("abortFrame", abort);
            Model.Source in = m.source("frame");
            Model.Sink tx = m.sink("tx");
            Model.Recorder sent = m.record("sent");
            in.pushPacket(first);
            in.pushPacket(second);
            m.run(abort.length);
            List<byte[]> frames = line(tx.take(), 1).frames();
            lastFrame.add(frames.get(frames.size() - 1));
            return ones(sent.take());
        }
    }

    @Test
    void anAbortOnTheLastFcsByteReportsNothingAndTheNextFrameGoesOutWhole() {
        Random random = new Random(7);
        byte[] first = EthernetReference.randomBytes(random, 100);
        byte[] second = EthernetReference.randomBytes(random, 80);
        // The clock in which the first frame's last FCS byte is taken: where `sent` pulses in a run
        // without an abort (recorders and drivers count clocks alike).
        int lastFcsCycle;
        try (Model m = mac()) {
            Model.Source in = m.source("frame");
            m.sink("tx");
            Model.Recorder sent = m.record("sent");
            in.pushPacket(first);
            m.run(400);
            long[] pulses = sent.take();
            lastFcsCycle = 0;
            while (pulses[lastFcsCycle] == 0) {
                lastFcsCycle++;
            }
        }
        List<byte[]> last = new ArrayList<>();
        // A collision in the clock of the first frame's last FCS byte: the frame counts as not sent
        // (its source replays it); the second goes out whole after the gap.
        assertEquals(1, sentWithAbortAt(lastFcsCycle, first, second, last), "only the second frame is sent");
        assertArrayEquals(EthernetReference.wire(second), last.get(0));
        // The control: one clock later the first frame had gone out whole and was reported.
        assertEquals(2, sentWithAbortAt(lastFcsCycle + 1, first, second, last), "both frames sent");
    }

    @Test
    void idleLineStaysQuiet() {
        try (Model m = mac()) {
            Model.Sink tx = m.sink("tx");
            m.run(500);
            assertEquals(0, tx.take().size());
        }
    }
}
