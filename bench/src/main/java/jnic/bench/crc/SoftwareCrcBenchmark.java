package jnic.bench.crc;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** CRC-32 in software: java.util.zip.CRC32 (the reference) and a plain byte-table CRC. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SoftwareCrcBenchmark {
    @Param({"64", "1500", "65536"})
    public int size;

    private byte[] data;

    @Setup
    public void setUp() {
        data = new byte[size];
        new Random(size).nextBytes(data);
    }

    @Benchmark
    public long javaUtilZipCrc32() {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    @Benchmark
    public long byteTableCrc32() {
        return TableCrc32.of(data);
    }
}
