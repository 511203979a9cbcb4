package jnic.stack.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a connection that have arrived and are not yet parsed, for both parsers: whole
 * lines of a message head, or body bytes. A line ends in CRLF (RFC 9112 section 2.2); a bare LF
 * or a bare CR inside a line is an error, not a line end, so a message cannot be read two ways.
 */
final class InputBuffer {
    private byte[] buf = new byte[1024];
    private int start;
    private int end;
    private int scanned;
    private String lineError;

    /** Appends {@code b[off, off+len)}. */
    void offer(byte[] b, int off, int len) {
        if (end + len > buf.length) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
            if (end + len > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, end + len));
            }
        }
        System.arraycopy(b, off, buf, end, len);
        end += len;
    }

    /** How many bytes wait. */
    int length() {
        return end - start;
    }

    /**
     * The next line without its CRLF (ISO-8859-1, one char a byte), or null when no line has
     * ended yet or the bytes are not a line ({@link #lineError()} then says why).
     */
    String line() {
        lineError = null;
        for (int i = start + scanned; i < end; i++) {
            if (buf[i] != '\n') {
                continue;
            }
            scanned = 0;
            if (i == start || buf[i - 1] != '\r') {
                lineError = "a line ended by a bare LF, not CRLF";
                return null;
            }
            String line = new String(buf, start, i - 1 - start, StandardCharsets.ISO_8859_1);
            start = i + 1;
            if (line.indexOf('\r') >= 0) {
                lineError = "a bare CR inside a line";
                return null;
            }
            return line;
        }
        scanned = end - start;
        return null;
    }

    /** Why the last {@link #line()} returned null though bytes were there, or null when a line is merely incomplete. */
    String lineError() {
        return lineError;
    }

    /** Moves up to {@code max} bytes into {@code out}; returns how many. */
    int take(long max, ByteArrayOutputStream out) {
        int n = (int) Math.min(max, end - start);
        out.write(buf, start, n);
        start += n;
        scanned = 0;
        return n;
    }

    /** Feeds the waiting bytes to {@code decoder}, which takes up to the end of its body. */
    void decode(ChunkedCoding.Decoder decoder, ByteArrayOutputStream out) {
        start += decoder.decode(buf, start, end - start, out);
        scanned = 0;
    }

    /** Drops every waiting byte (after an error the rest of the stream means nothing). */
    void clear() {
        start = 0;
        end = 0;
        scanned = 0;
    }
}
