package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The ring against a plain byte array that grows at the back and is cut at the front. */
class ByteRingTest {
    @Property
    void behavesAsAQueueOfBytes(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 4 * 37) Integer> ops,
            @ForAll @IntRange(min = 1, max = 37) int capacity) {
        ByteRing ring = new ByteRing(capacity);
        byte[] model = new byte[0];
        byte next = 0;
        for (int op : ops) {
            int n = op / 4;
            switch (op % 4) {
                case 0 -> { // write n bytes: as many as fit go in
                    byte[] b = new byte[n];
                    for (int i = 0; i < n; i++) {
                        b[i] = next++;
                    }
                    int w = ring.write(b, 0, n);
                    assertEquals(Math.min(n, capacity - model.length), w);
                    model = concat(model, b, w);
                }
                case 1 -> { // read up to n bytes from the front
                    byte[] b = new byte[n];
                    int r = ring.read(b, 0, n);
                    assertEquals(Math.min(n, model.length), r);
                    assertArrayEquals(java.util.Arrays.copyOf(model, r), java.util.Arrays.copyOf(b, r));
                    model = java.util.Arrays.copyOfRange(model, r, model.length);
                }
                case 2 -> { // a slice from an offset, then skip
                    int offset = model.length == 0 ? 0 : n % (model.length + 1);
                    int len = model.length - offset == 0 ? 0 : n % (model.length - offset + 1);
                    ByteBuffer s = ring.slice(offset, len);
                    byte[] got = new byte[s.remaining()];
                    s.get(got);
                    assertArrayEquals(java.util.Arrays.copyOfRange(model, offset, offset + len), got);
                    ring.skip(offset);
                    model = java.util.Arrays.copyOfRange(model, offset, model.length);
                }
                default -> { // release: only an empty ring lets its array go
                    ring.release();
                    assertEquals(model.length == 0 ? 0 : capacity, ring.memory());
                }
            }
            assertEquals(model.length, ring.length());
            assertEquals(capacity - model.length, ring.free());
        }
    }

    private static byte[] concat(byte[] a, byte[] b, int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, a.length);
        out.write(b, 0, n);
        return out.toByteArray();
    }
}
