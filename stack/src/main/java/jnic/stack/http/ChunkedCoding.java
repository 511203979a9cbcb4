package jnic.stack.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The chunked transfer coding (RFC 9112 section 7.1): a chunk is its size in hexadecimal, optional
 * extensions, CRLF, the data and CRLF; a chunk of size 0 ends the body, and trailer fields and a
 * blank line follow.
 *
 * <p>The {@link Decoder} takes the coded bytes in pieces of any size and checks every length and
 * bound: a chunk size is refused as soon as it would take the body past the limit (so no
 * arithmetic can overflow, whatever the number of digits), the size line with its extensions and
 * the trailer section have a byte limit, and each line ends in CRLF exactly (a bare CR or LF is an
 * error, not a line end: the framing of a body is not the place for leniency). Extensions are
 * checked against the grammar and ignored, as are trailer fields (section 7.1.2 lets a recipient
 * discard them); they are parsed as header fields are.
 */
final class ChunkedCoding {
    /** The longest size line (size, extensions, CRLF) the decoder reads. */
    static final int MAX_SIZE_LINE = 4096;

    private ChunkedCoding() {}

    /** One chunk holding {@code data[off, off+len)}; {@code len} must be more than 0 (size 0 ends the body). */
    static byte[] chunk(byte[] data, int off, int len) {
        if (len <= 0) {
            throw new IllegalArgumentException("a chunk holds at least one byte, not " + len);
        }
        byte[] size = (Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[size.length + len + 2];
        System.arraycopy(size, 0, out, 0, size.length);
        System.arraycopy(data, off, out, size.length, len);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }

    /** The last chunk and the trailer section that ends a chunked body. */
    static byte[] last(Map<String, String> trailers) {
        StringBuilder b = new StringBuilder("0\r\n");
        trailers.forEach((k, v) -> b.append(k).append(": ").append(v).append("\r\n"));
        return HttpMessage.ascii(b.append("\r\n").toString());
    }

    /** Why a chunked body was refused. */
    enum Error {
        /** Not the chunked coding's syntax. */
        MALFORMED,
        /** The decoded body would be longer than the limit. */
        TOO_LARGE,
        /** The trailer section is longer than its limit. */
        TRAILERS_TOO_LARGE
    }

    /** Decodes one chunked body, fed in pieces; see the class comment for what it checks. */
    static final class Decoder {
        private enum State {
            SIZE,
            EXTENSION,
            SIZE_LF,
            DATA,
            DATA_CR,
            DATA_LF,
            TRAILER,
            TRAILER_LF,
            DONE,
            FAILED
        }

        private final long maxBody;
        private final int maxTrailers;
        private State state = State.SIZE;
        private int digits;
        private long size;
        private long remaining;
        private long total;
        private int lineLength;
        private final StringBuilder line = new StringBuilder();
        private int trailerBytes;
        private Error error;
        private String detail;

        /** A decoder that refuses bodies longer than {@code maxBody} and trailer sections longer than {@code maxTrailers}. */
        Decoder(long maxBody, int maxTrailers) {
            this.maxBody = maxBody;
            this.maxTrailers = maxTrailers;
        }

        /**
         * Decodes from {@code in[off, off+len)}, appending the body's bytes to {@code body}; returns
         * how many bytes it took. It stops after the body's end (bytes after it belong to the
         * next message) and at an error.
         */
        int decode(byte[] in, int off, int len, ByteArrayOutputStream body) {
            int i = off;
            int end = off + len;
            while (i < end && state != State.DONE && state != State.FAILED) {
                if (state == State.DATA) {
                    int n = (int) Math.min(remaining, end - i);
                    body.write(in, i, n);
                    remaining -= n;
                    i += n;
                    if (remaining == 0) {
                        state = State.DATA_CR;
                    }
                    continue;
                }
                step(in[i++] & 0xFF);
            }
            return i - off;
        }

        private void step(int b) {
            switch (state) {
                case SIZE -> size(b);
                case EXTENSION -> {
                    if (b == '\r') {
                        if (!extensionsValid(line)) {
                            fail(
                                    Error.MALFORMED,
                                    "bad chunk extension: '" + HttpMessage.printable(line.toString()) + "'");
                            return;
                        }
                        state = State.SIZE_LF;
                    } else if (!HttpMessage.isFieldValueByte(b)) {
                        fail(Error.MALFORMED, "a control character in a chunk extension");
                    } else if (++lineLength > MAX_SIZE_LINE) {
                        fail(Error.MALFORMED, "a chunk size line longer than " + MAX_SIZE_LINE + " bytes");
                    } else {
                        line.append((char) b);
                    }
                }
                case SIZE_LF -> {
                    if (b != '\n') {
                        fail(Error.MALFORMED, "a chunk size line not ended by CRLF");
                    } else if (size == 0) {
                        state = State.TRAILER;
                        line.setLength(0);
                    } else {
                        remaining = size;
                        state = State.DATA;
                    }
                }
                case DATA_CR -> expect(b, '\r', State.DATA_LF, "chunk data not followed by CRLF");
                case DATA_LF -> {
                    if (expect(b, '\n', State.SIZE, "chunk data not followed by CRLF")) {
                        digits = 0;
                        size = 0;
                        lineLength = 0;
                        line.setLength(0);
                    }
                }
                case TRAILER -> {
                    if (++trailerBytes > maxTrailers) {
                        fail(Error.TRAILERS_TOO_LARGE, "a trailer section longer than " + maxTrailers + " bytes");
                    } else if (b == '\r') {
                        state = State.TRAILER_LF;
                    } else if (b == '\n') {
                        fail(Error.MALFORMED, "a bare LF in the trailer section");
                    } else {
                        line.append((char) b);
                    }
                }
                case TRAILER_LF -> {
                    if (b != '\n') {
                        fail(Error.MALFORMED, "a bare CR in the trailer section");
                    } else if (line.length() == 0) {
                        state = State.DONE;
                    } else {
                        String wrong = line.charAt(0) == ' ' || line.charAt(0) == '\t'
                                ? "a folded trailer field line"
                                : HttpMessage.addField(line.toString(), HttpMessage.fields());
                        if (wrong != null) {
                            fail(Error.MALFORMED, wrong);
                        } else {
                            line.setLength(0);
                            state = State.TRAILER;
                        }
                    }
                }
                default -> throw new IllegalStateException("no byte is read in " + state);
            }
        }

        private void size(int b) {
            int d = Character.digit(b, 16);
            if (d >= 0 && b < 0x80) {
                if (++lineLength > MAX_SIZE_LINE) {
                    fail(Error.MALFORMED, "a chunk size line longer than " + MAX_SIZE_LINE + " bytes");
                    return;
                }
                digits++;
                // Refuses size * 16 + d > maxBody - total without computing it: size never exceeds
                // the room left, so neither side can overflow, however many digits come.
                long room = maxBody - total;
                if (room - d < 0 || size > (room - d) / 16) {
                    fail(Error.TOO_LARGE, "a chunk that takes the body past " + maxBody + " bytes");
                    return;
                }
                size = size * 16 + d;
                return;
            }
            if (digits == 0) {
                fail(Error.MALFORMED, "a chunk size line that does not start with a hexadecimal size");
            } else if (b == '\r') {
                total += size;
                state = State.SIZE_LF;
            } else if (b == ';' || b == ' ' || b == '\t') {
                total += size;
                line.setLength(0);
                line.append((char) b);
                lineLength++;
                state = State.EXTENSION;
            } else {
                fail(Error.MALFORMED, "a chunk size with a byte that is not a hexadecimal digit");
            }
        }

        private boolean expect(int b, int want, State next, String wrong) {
            if (b != want) {
                fail(Error.MALFORMED, wrong);
                return false;
            }
            state = next;
            return true;
        }

        private void fail(Error e, String why) {
            state = State.FAILED;
            error = e;
            detail = why;
        }

        /** Whether the whole body, with its trailer section, has been read. */
        boolean done() {
            return state == State.DONE;
        }

        /** Why the body was refused, or null. */
        Error error() {
            return error;
        }

        /** What was wrong, in words, or null. */
        String detail() {
            return detail;
        }
    }

    /**
     * {@code chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )}, with
     * chunk-ext-val a token or a quoted-string (RFC 9112 section 7.1.1); trailing whitespace is let
     * pass.
     */
    static boolean extensionsValid(CharSequence s) {
        int i = 0;
        int n = s.length();
        while (true) {
            i = skipWhitespace(s, i);
            if (i == n) {
                return true;
            }
            if (s.charAt(i) != ';') {
                return false;
            }
            i = skipWhitespace(s, i + 1);
            int name = i;
            while (i < n && HttpMessage.isTokenChar(s.charAt(i))) {
                i++;
            }
            if (i == name) {
                return false;
            }
            int afterName = i;
            i = skipWhitespace(s, i);
            if (i < n && s.charAt(i) == '=') {
                i = skipWhitespace(s, i + 1);
                if (i < n && s.charAt(i) == '"') {
                    i = quotedStringEnd(s, i);
                    if (i < 0) {
                        return false;
                    }
                } else {
                    int value = i;
                    while (i < n && HttpMessage.isTokenChar(s.charAt(i))) {
                        i++;
                    }
                    if (i == value) {
                        return false;
                    }
                }
            } else {
                i = afterName;
            }
        }
    }

    private static int skipWhitespace(CharSequence s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The index after the quoted-string starting at {@code i} (RFC 9110 section 5.6.4), or -1. */
    private static int quotedStringEnd(CharSequence s, int i) {
        for (i++; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\') {
                i++;
                if (i == s.length() || !HttpMessage.isFieldValueByte(s.charAt(i))) {
                    return -1;
                }
            } else if (!HttpMessage.isFieldValueByte(c)) {
                return -1;
            }
        }
        return -1;
    }
}
