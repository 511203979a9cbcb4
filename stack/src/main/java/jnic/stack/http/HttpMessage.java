package jnic.stack.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The little of HTTP/1.1 (RFC 9112) jnic needs: a request line or status line, header fields, and
 * a body framed by Content-Length. Parsing is incremental: {@link #headerEnd} finds where the
 * header block ends in what has arrived so far.
 */
public final class HttpMessage {
    /** Header blocks larger than this are refused (as servers refuse with 431). */
    public static final int MAX_HEADER = 16 * 1024;

    /** A request: method, target, header fields (names in lower case). */
    public record Request(String method, String target, Map<String, String> headers) {}

    /** A response: status code, reason, header fields (names in lower case), body. */
    public record Response(int status, String reason, Map<String, String> headers, byte[] body) {
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private HttpMessage() {}

    /** The index just past the blank line that ends the header block in {@code b[0, n)}, or -1. */
    public static int headerEnd(byte[] b, int n) {
        for (int i = 3; i < n; i++) {
            if (b[i - 3] == '\r' && b[i - 2] == '\n' && b[i - 1] == '\r' && b[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    /** Parses a request's header block; throws {@link IllegalArgumentException} saying what is wrong. */
    public static Request parseRequest(byte[] b, int headerEnd) {
        String[] lines = lines(b, headerEnd);
        String[] start = lines[0].split(" ", -1);
        if (start.length != 3 || !start[2].startsWith("HTTP/1.")) {
            throw new IllegalArgumentException("not an HTTP/1.x request line: '" + lines[0] + "'");
        }
        return new Request(start[0], start[1], headers(lines));
    }

    /** Parses a response's header block (the body follows separately). */
    public static Response parseResponseHead(byte[] b, int headerEnd) {
        String[] lines = lines(b, headerEnd);
        String[] start = lines[0].split(" ", 3);
        if (start.length < 2 || !start[0].startsWith("HTTP/1.") || !start[1].matches("[0-9]{3}")) {
            throw new IllegalArgumentException("not an HTTP/1.x status line: '" + lines[0] + "'");
        }
        return new Response(Integer.parseInt(start[1]), start.length > 2 ? start[2] : "", headers(lines), new byte[0]);
    }

    private static String[] lines(byte[] b, int headerEnd) {
        return new String(b, 0, headerEnd - 4, StandardCharsets.ISO_8859_1).split("\r\n", -1);
    }

    private static Map<String, String> headers(String[] lines) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("not a header field: '" + lines[i] + "'");
            }
            h.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        return h;
    }

    /** The Content-Length of a message, 0 when absent; throws on a bad value. */
    public static int contentLength(Map<String, String> headers) {
        String v = headers.get("content-length");
        if (v == null) {
            return 0;
        }
        if (!v.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("bad Content-Length '" + v + "'");
        }
        return Integer.parseInt(v);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
