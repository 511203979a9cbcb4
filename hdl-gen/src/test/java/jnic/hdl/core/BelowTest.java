package jnic.hdl.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * {@link HwComponent#below} against SpinalHDL's own {@code <}: for every width from 1 to 6 bits and
 * every bound from 0 to 2^width + 1, and for a 14-bit and a 16-bit count at bounds like the ones the
 * adapter uses, both are built into one module and yosys's SAT solver proves them equal for every
 * input (yosys is one of the tools {@code make deps} installs).
 */
class BelowTest {

    /** Bounds for a wide count: powers of two, one more and one less, and bit patterns with many ones. */
    private static final long[] WIDE_BOUNDS = {1, 2, 3, 63, 64, 65, 2048, 2049, 0x1234, 0x2AAA, 0x3FFF, 0x4000, 0x5555};

    /** Every comparison of one input with each bound, both ways; {@code same} is high when all agree. */
    static final class Comparisons extends HwComponent {
        final UInt x;
        final Bool same;

        Comparisons(int width, long[] bounds) {
            x = inUInt(width);
            same = outBool();
            Bool all = Hw.bool(true);
            for (long bound : bounds) {
                // SpinalHDL's comparison on a count wide enough to hold the bound itself.
                int wide = Math.max(width, 64 - Long.numberOfLeadingZeros(bound)) + 1;
                Bool reference = lt(x.resize(wide), Hw.uint(bound, wide));
                all = and(all, not(xor(below(x, bound), reference)));
            }
            Hw.assign(same, all);
        }
    }

    /** yosys's SAT solver asked to prove output {@code same} high for every input. */
    private static Result prove(Path verilog) throws IOException, InterruptedException {
        Process yosys = new ProcessBuilder(
                        "yosys",
                        "-q",
                        "-p",
                        "read_verilog " + verilog + "; proc; flatten; opt; sat -prove same 1 -verify")
                .redirectErrorStream(true)
                .start();
        String output = new String(yosys.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(yosys.waitFor(), output);
    }

    /** yosys's exit status (0: proved) and what it printed. */
    record Result(int status, String output) {}

    private static void proveEqual(Path dir, int width, long[] bounds) throws IOException, InterruptedException {
        Result result = prove(Hw.emitVerilog(dir, "Below" + width, () -> new Comparisons(width, bounds)));
        assertEquals(0, result.status(), () -> "below differs from < at width " + width + ":\n" + result.output());
    }

    @Test
    void equalsTheComparisonOnNarrowCountsForEveryBound(@TempDir Path dir) throws Exception {
        for (int width = 1; width <= 6; width++) {
            List<Long> bounds = new ArrayList<>();
            for (long bound = 0; bound <= (1L << width) + 1; bound++) {
                bounds.add(bound);
            }
            proveEqual(dir, width, bounds.stream().mapToLong(Long::longValue).toArray());
        }
    }

    @Test
    void equalsTheComparisonOnWideCounts(@TempDir Path dir) throws Exception {
        proveEqual(dir, 14, WIDE_BOUNDS);
        proveEqual(dir, 16, WIDE_BOUNDS);
    }

    @Test
    void theCheckCanFail(@TempDir Path dir) throws Exception {
        // A wrong bound on one side must be reported: the proof is not vacuous.
        Path verilog = Hw.emitVerilog(dir, "BelowWrong", () -> new HwComponent() {
            final UInt x = inUInt(4);
            final Bool same = outBool();

            {
                Hw.assign(same, not(xor(below(x, 6), lt(x, Hw.uint(7, 4)))));
            }
        });
        assertTrue(prove(verilog).status() != 0, "yosys proved below(x, 6) equal to x < 7");
    }

    @Test
    void aNegativeBoundIsRefused(@TempDir Path dir) {
        assertThrows(
                IllegalArgumentException.class,
                () -> Hw.emitVerilog(dir, "BelowNegative", () -> new HwComponent() {
                    final UInt x = inUInt(4);
                    final Bool same = outBool();

                    {
                        Hw.assign(same, below(x, -1));
                    }
                }));
    }
}
