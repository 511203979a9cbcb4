package jnic.bench.phy;

import java.util.Arrays;
import java.util.List;
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
 * ManchesterEncoder and ManchesterDecoder (every line sample simulated) against the plain Java
 * reference codec. Both check their round trip in set-up before they are timed.
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
    private Model.Sink decodedBits;

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
        decodedBits = decoder.sink("bit");
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
        encoderInput.pushPacket(frame);
        encoder.run((FRAME_BYTES + 2L) * 8 * JavaManchester.SAMPLES_PER_BIT);
        long[] active = lineActive.take();
        long[] level = lineLevel.take();
        decoder.drive("lineActive", active);
        decoder.drive("lineLevel", level);
        decoder.run(active.length);
        List<Model.Transfer> bits = decodedBits.take();
        byte[] out = new byte[bits.size() / 8];
        for (int i = 0; i < out.length * 8; i++) {
            out[i / 8] |= (byte) (bits.get(i).data() << (i % 8));
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
