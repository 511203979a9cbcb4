package jnic.stack.tcp;

import java.nio.ByteBuffer;

/**
 * A connection's send or receive buffer: a ring of fixed capacity. Its array is allocated when
 * the first byte is written and can be let go while the ring is empty, so connections that hold
 * no data (half-open, or in TIME-WAIT for two MSLs) do not hold their buffers' memory.
 */
final class ByteRing {
    private final int capacity;
    private byte[] bytes;
    private int start;
    private int length;

    ByteRing(int capacity) {
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    int length() {
        return length;
    }

    int free() {
        return capacity - length;
    }

    /** Bytes of memory the ring holds now. */
    int memory() {
        return bytes == null ? 0 : bytes.length;
    }

    /** Appends as much of {@code src}'s remaining bytes as fits, without moving its position; returns how many. */
    int write(ByteBuffer src) {
        int n = Math.min(src.remaining(), free());
        if (n > 0) {
            int at = end();
            int first = Math.min(n, capacity - at);
            src.get(src.position(), bytes, at, first);
            src.get(src.position() + first, bytes, 0, n - first);
            length += n;
        }
        return n;
    }

    /** Appends as many of {@code len} bytes as fit; returns how many. */
    int write(byte[] b, int off, int len) {
        return write(ByteBuffer.wrap(b, off, len));
    }

    /** Moves up to {@code len} bytes from the front into {@code b}; returns how many. */
    int read(byte[] b, int off, int len) {
        int n = Math.min(len, length);
        if (n > 0) {
            int first = Math.min(n, capacity - start);
            System.arraycopy(bytes, start, b, off, first);
            System.arraycopy(bytes, 0, b, off + first, n - first);
            skip(n);
        }
        return n;
    }

    /** Drops {@code n} bytes from the front (at most all there are). */
    void skip(int n) {
        n = Math.min(n, length);
        if (n > 0) {
            start = (start + n) % capacity;
            length -= n;
        }
    }

    /** {@code n} bytes from {@code offset} past the front: a view where they lie in one piece, else a copy. */
    ByteBuffer slice(int offset, int n) {
        if (offset < 0 || n < 0 || offset + n > length) {
            throw new IndexOutOfBoundsException(offset + "+" + n + " of " + length);
        }
        if (n == 0) {
            return ByteBuffer.allocate(0);
        }
        int at = (start + offset) % capacity;
        if (at + n <= capacity) {
            return ByteBuffer.wrap(bytes, at, n).slice();
        }
        byte[] copy = new byte[n];
        int first = capacity - at;
        System.arraycopy(bytes, at, copy, 0, first);
        System.arraycopy(bytes, 0, copy, first, n - first);
        return ByteBuffer.wrap(copy);
    }

    /** Lets the array go if the ring is empty (a later write allocates it again). */
    void release() {
        if (length == 0) {
            bytes = null;
            start = 0;
        }
    }

    private int end() {
        if (bytes == null) {
            bytes = new byte[capacity];
        }
        return (start + length) % capacity;
    }
}
