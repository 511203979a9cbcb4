package jnic.stack.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 messages (RFC 9112) and the syntax both parsers share: the request and response
 * records, field names and values (RFC 9110 section 5), list-valued fields, and when a connection
 * persists (RFC 9112 section 9.3).
 *
 * <p>Header fields are kept with their names in lower case, in arrival order; a field that came
 * in several lines is combined into one value with ", " (RFC 9110 section 5.3).
 */
public final class HttpMessage {
    /** A request: method, target, version ("HTTP/1.1" or "HTTP/1.0"), header fields, body (empty when none). */
    public record Request(String method, String target, String version, Map<String, String> headers, byte[] body) {
        /** An HTTP/1.1 request without a body. */
        public Request(String method, String target, Map<String, String> headers) {
            this(method, target, "HTTP/1.1", headers, new byte[0]);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A response: status code, reason, header fields (names in lower case), body. */
    public record Response(int status, String reason, Map<String, String> headers, byte[] body) {
        /** A response with a short text body, as the server's own errors have. */
        public static Response text(int status, String text) {
            return new Response(
                    status,
                    HttpMessage.reason(status),
                    Map.of("content-type", "text/plain; charset=utf-8"),
                    text.getBytes(StandardCharsets.UTF_8));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private HttpMessage() {}

    /** The reason phrase jnic sends with {@code status} (RFC 9110 section 15). */
    public static String reason(int status) {
        return switch (status) {
            case 100 -> "Continue";
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 411 -> "Length Required";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 417 -> "Expectation Failed";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 505 -> "HTTP Version Not Supported";
            default -> status < 400 ? "OK" : "Error";
        };
    }

    /**
     * Whether the connection persists after a message of {@code version} with these header fields
     * (RFC 9112 section 9.3): not after "Connection: close"; in HTTP/1.1 by default; in HTTP/1.0
     * only with "Connection: keep-alive".
     */
    public static boolean persists(String version, Map<String, String> headers) {
        List<String> connection = list(headers.get("connection"));
        if (connection.contains("close")) {
            return false;
        }
        return !version.equals("HTTP/1.0") || connection.contains("keep-alive");
    }

    /** The elements of a list-valued field (RFC 9110 section 5.6.1), trimmed and in lower case; empty elements dropped. */
    public static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String e : value.split(",", -1)) {
            String t = trimOws(e);
            if (!t.isEmpty()) {
                out.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** tchar (RFC 9110 section 5.6.2). */
    static boolean isTokenChar(int c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || c < 0x80 && "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    /** token = 1*tchar. */
    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A byte that may stand in a field value: VCHAR, obs-text, SP or HTAB (RFC 9110 section 5.5); no other control. */
    static boolean isFieldValueByte(int b) {
        return b == '\t' || b >= 0x20 && b != 0x7F;
    }

    static String trimOws(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return s.substring(from, to);
    }

    /**
     * Adds one field line ({@code name ":" OWS value OWS}, RFC 9112 section 5) to {@code fields};
     * returns what is wrong with it, or null. No whitespace may stand before the colon, and a line
     * may not begin with whitespace (obsolete line folding is refused, as section 5.2 allows).
     */
    static String addField(String line, Map<String, String> fields) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return "not a header field: '" + printable(line) + "'";
        }
        String name = line.substring(0, colon);
        if (!isToken(name)) {
            return "bad header field name: '" + printable(name) + "'";
        }
        for (int i = colon + 1; i < line.length(); i++) {
            if (!isFieldValueByte(line.charAt(i))) {
                return "a control character in the value of " + name;
            }
        }
        String value = trimOws(line.substring(colon + 1));
        fields.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + ", " + b);
        return null;
    }

    /** An empty map that keeps insertion order, for header fields. */
    static Map<String, String> fields() {
        return new LinkedHashMap<>();
    }

    /** {@code s} with its control bytes shown as '?', cut to 60 characters, for error messages. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 60; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c >= 0x7F ? '?' : c);
        }
        return s.length() > 60 ? b + "..." : b.toString();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
