package jnic.driver.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** 32-bit hardware counters read into 64-bit totals, across their wrap. */
class CounterExtensionTest {
    @Test
    void aWrapBetweenReadsIsCountedAndNothingIsLost() {
        CounterExtension e = new CounterExtension(2);
        assertArrayEquals(new long[] {10, 0}, e.update(new int[] {10, 0}));
        assertArrayEquals(new long[] {0xFFFF_FFF0L, 5}, e.update(new int[] {0xFFFF_FFF0, 5}));
        // The first counter wrapped: 0xFFFFFFF0 -> 0x20 is 0x30 more.
        assertArrayEquals(new long[] {0x1_0000_0020L, 5}, e.update(new int[] {0x20, 5}));
        // Three more wraps, one per read, go on adding: 2^32 each.
        for (int k = 0; k < 3; k++) {
            e.update(new int[] {0x8000_0020, 5});
            e.update(new int[] {0x20, 5});
        }
        assertArrayEquals(new long[] {0x4_0000_0020L, 5}, e.update(new int[] {0x20, 5}));
    }
}
