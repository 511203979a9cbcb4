package jnic.hdl.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * {@link HwComponent#below} against SpinalHDL's own {@code <}: for every width from 1 to 6 bits and
 * every bound from 0 to 2^width + 1, and for a 14-bit and a 16-bit count at bounds like the ones the
 * adapter uses, both are built into one module and yosys's SAT solver proves them equal for every
 * input. yosys is one of the tools {@code make deps} installs, as {@code make formal} needs it too.
 */
class BelowTest {

    /** Bounds for a wide count: powers of two, one more and one less, and bit patterns with many ones. */
    private static final long[] WIDE_BOUNDS = {1, 2, 3, 63, 64, 65, 2048, 2049, 0x1234, 0x2AAA, 0x3FFF, 0x4000, 0x5555};

    /** What yosys prints when {@code sat -prove ... -verify} finds an input that breaks the proof. */
    private static final String PROOF_FAILED = "proof did fail";

    /**
     * Every comparison of one input with each bound, both ways; {@code same} is high when all agree.
     * {@code referenceOffset} shifts the reference's bound: 0 for the real check, 1 for a control that
     * must fail.
     */
    static final class Comparisons extends HwComponent {
        final UInt x;
        final Bool same;

        Comparisons(int width, long[] bounds, long referenceOffset) {
            x = inUInt(width);
            same = outBool();
            Bool all = Hw.bool(true);
            for (long bound : bounds) {
                Bool viaBelow = below(x, bound); // first, so a bound it refuses fails here
                long referenceBound = bound + referenceOffset;
                // SpinalHDL's comparison on a count wide enough to hold the bound itself.
                int wide = Math.max(width, 64 - Long.numberOfLeadingZeros(referenceBound)) + 1;
                Bool reference = lt(x.resize(wide), Hw.uint(referenceBound, wide));
                all = and(all, not(xor(viaBelow, reference)));
            }
            Hw.assign(same, all);
        }
    }

    /** yosys's exit status (0: proved) and what it printed. */
    record Result(int status, String output) {}

    /** yosys's SAT solver asked to prove output {@code same} high for every input of {@code verilog}. */
    private static Result prove(Path verilog) throws IOException, InterruptedException {
        String script = "read_verilog \"" + verilog + "\"; proc; flatten; opt; sat -prove same 1 -verify";
        Process yosys;
        try {
            yosys = new ProcessBuilder("yosys", "-q", "-p", script)
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IOException("yosys did not start (make deps installs it): " + e.getMessage(), e);
        }
        String output = new String(yosys.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(yosys.waitFor(2, TimeUnit.MINUTES), "yosys did not finish");
        return new Result(yosys.exitValue(), output);
    }

    private static Result check(Path dir, int width, long[] bounds, long referenceOffset) throws Exception {
        String name = "Below" + width + (referenceOffset == 0 ? "" : "Off" + referenceOffset);
        return prove(Hw.emitVerilog(dir, name, () -> new Comparisons(width, bounds, referenceOffset)));
    }

    private static void assertEqualToLessThan(Path dir, int width, long[] bounds) throws Exception {
        Result result = check(dir, width, bounds, 0);
        assertEquals(0, result.status(), () -> "below differs from < at width " + width + ":\n" + result.output());
    }

    @Test
    void equalsTheComparisonOnNarrowCountsForEveryBound(@TempDir Path dir) throws Exception {
        for (int width = 1; width <= 6; width++) {
            assertEqualToLessThan(
                    dir, width, LongStream.rangeClosed(0, (1L << width) + 1).toArray());
        }
    }

    @Test
    void equalsTheComparisonOnWideCounts(@TempDir Path dir) throws Exception {
        assertEqualToLessThan(dir, 14, WIDE_BOUNDS);
        assertEqualToLessThan(dir, 16, WIDE_BOUNDS);
    }

    @Test
    void aReferenceOneOffIsCaught(@TempDir Path dir) throws Exception {
        // The same harness with the reference's bound one higher (x < 7 against below(x, 6)) must be
        // refused by the proof itself, not by any other error: the check is not vacuous.
        Result result = check(dir, 4, new long[] {6}, 1);
        assertTrue(result.status() != 0, "yosys proved below(x, 6) equal to x < 7");
        assertTrue(result.output().contains(PROOF_FAILED), () -> "yosys failed otherwise:\n" + result.output());
    }

    @Test
    void aNegativeBoundIsRefused(@TempDir Path dir) {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> Hw.emitVerilog(dir, "BelowNegative", () -> new Comparisons(4, new long[] {-1}, 0)));
        assertTrue(refused.getMessage().contains("negative bound"), refused::getMessage);
    }
}
