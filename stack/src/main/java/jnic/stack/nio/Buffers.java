package jnic.stack.nio;

import java.nio.ByteBuffer;

/** Moving bytes between a channel's buffers (heap or direct, one or several) and a socket call's array. */
final class Buffers {
    private Buffers() {}

    /** How many bytes {@code buffers[offset, offset+length)} have left (or room for). */
    static long remaining(ByteBuffer[] buffers, int offset, int length) {
        long n = 0;
        for (int i = offset; i < offset + length; i++) {
            n += buffers[i].remaining();
        }
        return n;
    }

    /** Up to {@code max} bytes of the buffers, in order, without moving their positions. */
    static byte[] peek(ByteBuffer[] buffers, int offset, int length, int max) {
        byte[] b = new byte[(int) Math.min(max, remaining(buffers, offset, length))];
        int at = 0;
        for (int i = offset; i < offset + length && at < b.length; i++) {
            ByteBuffer src = buffers[i];
            int k = Math.min(src.remaining(), b.length - at);
            src.get(src.position(), b, at, k);
            at += k;
        }
        return b;
    }

    /** Moves the buffers' positions past {@code n} bytes, in order (the bytes a call took). */
    static void skip(ByteBuffer[] buffers, int offset, int length, long n) {
        for (int i = offset; i < offset + length && n > 0; i++) {
            int k = (int) Math.min(buffers[i].remaining(), n);
            buffers[i].position(buffers[i].position() + k);
            n -= k;
        }
    }

    /** Spreads {@code b[0, n)} over the buffers, in order. */
    static void scatter(byte[] b, int n, ByteBuffer[] buffers, int offset, int length) {
        int at = 0;
        for (int i = offset; i < offset + length && at < n; i++) {
            int k = Math.min(buffers[i].remaining(), n - at);
            buffers[i].put(b, at, k);
            at += k;
        }
    }
}
