package jnic.bench.crc;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import jnic.sim.Crc32Core;
import jnic.sim.NativeLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Verilated CRC-32 core at each width: one native call per frame, the C++ side clocking the
 * model once per word. Also the bare cost of one native crossing through jnr-ffi.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HardwareCrcBenchmark {
    @Param({"64", "1500", "65536"})
    public int size;

    @Param({"8", "16", "32", "64"})
    public int width;

    private byte[] data;
    private Crc32Core core;

    @Setup
    public void setUp() {
        data = new byte[size];
        new Random(size).nextBytes(data);
        core = new Crc32Core(width);
        CRC32 reference = new CRC32();
        reference.update(data);
        if (core.frame(data) != reference.getValue()) {
            throw new IllegalStateException("the core disagrees with java.util.zip.CRC32; refusing to time it");
        }
    }

    @TearDown
    public void tearDown() {
        core.close();
    }

    @Benchmark
    public long verilatedCore() {
        return core.frame(data);
    }

    /** One call across jnr-ffi into a C function that returns its argument. */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public static class NativeCrossing {
        private final jnic.sim.SimNative lib = NativeLibrary.get();
        private int value;

        @Benchmark
        public int nativeNop() {
            return lib.jnic_sim_nop(value++);
        }
    }
}
