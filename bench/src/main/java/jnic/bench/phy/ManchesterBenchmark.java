package jnic.bench.phy;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jnic.sim.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Encoding and decoding one 1500-byte frame with Manchester code: the Verilated
 * ManchesterEncoder and ManchesterDecoder (a clock per bit, each exchanging a bit cell of 8 line
 * samples with the line) against the plain Java reference codec. Both check their round trip in
 * set-up before they are timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ManchesterBenchmark {
    public static final int FRAME_BYTES = 1500;

    private byte[] frame;
    private Model encoder;
    private Model decoder;
    private Model.Source encoderInput;
    private Model.Recorder lineActive;
    private Model.Recorder lineLevel;
    private Model.Recorder bitCount;
    private Model.Recorder bits;

    @Setup
    public void setUp() {
        frame = new byte[FRAME_BYTES];
        new Random(1).nextBytes(frame);
        // The frame starts with a preamble-like byte so the decoder locks on mid-bit transitions.
        frame[0] = 0x55;
        if (!Arrays.equals(frame, JavaManchester.decode(JavaManchester.encode(frame)))) {
            throw new IllegalStateException("the Java codec does not round-trip; refusing to time it");
        }
        encoder = Model.create("ManchesterEncoder");
        decoder = Model.create("ManchesterDecoder");
        encoderInput = encoder.source("tx");
        lineActive = encoder.record("lineActive");
        lineLevel = encoder.record("lineLevel");
        bitCount = decoder.record("bitCount");
        bits = decoder.record("bits");
        if (!Arrays.equals(frame, verilatedRoundTrip())) {
            throw new IllegalStateException("the Verilated codec does not round-trip; refusing to time it");
        }
    }

    @TearDown
    public void tearDown() {
        encoder.close();
        decoder.close();
    }

    private byte[] verilatedRoundTrip() {
        byte[] nibbles = new byte[2 * frame.length]; // the encoder is nibble-wide, as the PHY uses it behind its MII
        for (int i = 0; i < frame.length; i++) {
            nibbles[2 * i] = (byte) (frame[i] & 0xF);
            nibbles[2 * i + 1] = (byte) (frame[i] >> 4 & 0xF);
        }
        encoderInput.pushPacket(nibbles);
        encoder.run((FRAME_BYTES + 2L) * 8);
        long[] active = lineActive.take();
        long[] level = lineLevel.take();
        long allSamples = (1L << JavaManchester.SAMPLES_PER_BIT) - 1;
        decoder.drive(
                "lineActive",
                Arrays.stream(active).map(a -> a != 0 ? allSamples : 0).toArray());
        decoder.drive("lineLevel", level);
        decoder.run(active.length + 2);
        long[] n = bitCount.take();
        long[] b = bits.take();
        int count = 0;
        for (long k : n) {
            count += (int) k;
        }
        byte[] out = new byte[count / 8];
        int i = 0;
        for (int c = 0; c < n.length; c++) {
            for (int j = 0; j < n[c]; j++, i++) {
                if (i < out.length * 8) {
                    out[i / 8] |= (byte) ((b[c] >>> j & 1) << (i % 8));
                }
            }
        }
        return out;
    }

    @Benchmark
    public byte[] verilatedEncoderAndDecoder() {
        return verilatedRoundTrip();
    }

    @Benchmark
    public byte[] javaReferenceCodec() {
        return JavaManchester.decode(JavaManchester.encode(frame));
    }
}
