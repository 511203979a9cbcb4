package jnic.stack.http;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The server's side of RFC 9112: requests, one after another on a connection, from bytes fed in
 * pieces of any size. Nothing it is given makes it throw; what it refuses comes back as the status
 * to answer with and a reason in words:
 *
 * <ul>
 *   <li>400: a request line that is not {@code method SP target SP HTTP/d.d}, a target with a
 *       space or control byte, a field line that is not {@code token ":" value} (whitespace before
 *       the colon, a control byte, obsolete line folding), a line not ended by CRLF, an HTTP/1.1
 *       request without exactly one Host field, Content-Length and Transfer-Encoding together, an
 *       invalid or contradictory Content-Length, Transfer-Encoding in HTTP/1.0 or without chunked
 *       last and once (section 6.3), a chunked body that breaks section 7.1's grammar;
 *   <li>411: POST or PUT without Content-Length or Transfer-Encoding;
 *   <li>413: a body longer than the limit, by its Content-Length or as it is decoded;
 *   <li>414: a request line longer than the limit; 431: a header or trailer section longer than
 *       its limit;
 *   <li>417: an expectation other than 100-continue;
 *   <li>501: a method other than GET, HEAD, POST, PUT, DELETE and OPTIONS, or a transfer coding
 *       other than chunked; 505: a major version other than 1.
 * </ul>
 *
 * <p>Choices where RFC 9112 leaves one: a line must end in CRLF (section 2.2 allows a bare LF; it
 * is refused so that no two readers frame a message differently); empty lines before a request
 * line are skipped, up to 8; repeated Content-Length fields are accepted when they agree (RFC 9110
 * section 8.6); a request with both Content-Length and Transfer-Encoding is refused (section 6.1
 * allows that or processing it and closing); an absolute-form target is answered as its path,
 * its authority standing for the Host field (section 3.2.2).
 */
final class RequestParser {
    /** The methods handed to the handler; others get 501. */
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");

    private static final int MAX_EMPTY_LINES = 8;

    /** What {@link #next()} found. */
    sealed interface Result permits Incomplete, Complete, Refused {}

    /** More bytes are needed; {@code sendContinue} once a request that expects 100-continue waits for its body. */
    record Incomplete(boolean sendContinue) implements Result {}

    /** A whole request, body included. */
    record Complete(HttpMessage.Request request) implements Result {}

    /** A request refused with {@code status}: the stream cannot be trusted after it. */
    record Refused(int status, String why) implements Result {}

    private enum State {
        HEAD,
        FIXED_BODY,
        CHUNKED_BODY,
        FAILED
    }

    private final int maxRequestLine;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;
    private final InputBuffer in = new InputBuffer();
    private State state = State.HEAD;
    private Refused failure;
    private int emptyLines;
    private String method;
    private String target;
    private String version;
    private Map<String, String> fields;
    private int hosts;
    private int fieldBytes;
    private String authority;
    private long remaining;
    private ChunkedCoding.Decoder chunked;
    private ByteArrayOutputStream body;
    private boolean continuePending;

    RequestParser(int maxRequestLine, int maxHeaderBytes, long maxBodyBytes) {
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Appends received bytes. */
    void offer(byte[] b, int off, int len) {
        if (state != State.FAILED) {
            in.offer(b, off, len);
        }
    }

    /** Whether part of a request has come: a timeout now is a 408, not an idle connection's end. */
    boolean inRequest() {
        return state != State.HEAD || method != null || in.length() > 0;
    }

    /** Parses what has come: a whole request, a refusal, or the need for more bytes. */
    Result next() {
        return switch (state) {
            case HEAD -> head();
            case FIXED_BODY -> fixedBody();
            case CHUNKED_BODY -> chunkedBody();
            case FAILED -> failure;
        };
    }

    private Result head() {
        while (true) {
            String line = in.line();
            if (line == null) {
                if (in.lineError() != null) {
                    return refuse(400, in.lineError());
                }
                if (method == null && in.length() > maxRequestLine) {
                    return refuse(414, "a request line longer than " + maxRequestLine + " bytes");
                }
                if (method != null && fieldBytes + in.length() > maxHeaderBytes) {
                    return refuse(431, "header fields longer than " + maxHeaderBytes + " bytes");
                }
                return new Incomplete(false);
            }
            if (method == null) {
                if (line.length() > maxRequestLine) {
                    return refuse(414, "a request line longer than " + maxRequestLine + " bytes");
                }
                if (line.isEmpty()) {
                    if (++emptyLines > MAX_EMPTY_LINES) {
                        return refuse(400, "more than " + MAX_EMPTY_LINES + " empty lines before a request line");
                    }
                    continue;
                }
                Refused wrong = requestLine(line);
                if (wrong != null) {
                    return wrong;
                }
                continue;
            }
            fieldBytes += line.length() + 2;
            if (fieldBytes > maxHeaderBytes) {
                return refuse(431, "header fields longer than " + maxHeaderBytes + " bytes");
            }
            if (line.isEmpty()) {
                return endOfHead();
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                return refuse(400, "a folded header field line (obsolete line folding)");
            }
            String wrong = HttpMessage.addField(line, fields);
            if (wrong != null) {
                return refuse(400, wrong);
            }
            if (line.regionMatches(true, 0, "host:", 0, 5)) {
                hosts++;
            }
        }
    }

    /** {@code method SP request-target SP HTTP-version} (RFC 9112 section 3); null when it is one. */
    private Refused requestLine(String line) {
        String[] part = line.split(" ", -1);
        if (part.length != 3 || part[0].isEmpty() || part[1].isEmpty() || part[2].isEmpty()) {
            return refuse(
                    400, "not a request line (method SP target SP version): '" + HttpMessage.printable(line) + "'");
        }
        if (!HttpMessage.isToken(part[0])) {
            return refuse(400, "bad method '" + HttpMessage.printable(part[0]) + "'");
        }
        if (!part[2].matches("HTTP/[0-9]\\.[0-9]")) {
            return refuse(400, "bad HTTP version '" + HttpMessage.printable(part[2]) + "'");
        }
        if (part[2].charAt(5) != '1') {
            return refuse(505, "only HTTP/1.x is served, not " + part[2]);
        }
        for (int i = 0; i < part[1].length(); i++) {
            char c = part[1].charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return refuse(400, "a request target with a byte outside visible ASCII");
            }
        }
        if (!METHODS.contains(part[0])) {
            return refuse(501, "method " + part[0] + " is not implemented");
        }
        String t = part[1];
        String lower = t.toLowerCase(Locale.ROOT);
        authority = null;
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int from = t.indexOf("//") + 2;
            int slash = t.indexOf('/', from);
            authority = slash < 0 ? t.substring(from) : t.substring(from, slash);
            t = slash < 0 ? "/" : t.substring(slash);
            if (authority.isEmpty()) {
                return refuse(400, "an absolute-form target without a host");
            }
        } else if (!t.startsWith("/") && !(t.equals("*") && part[0].equals("OPTIONS"))) {
            return refuse(400, "a request target that is neither a path nor an absolute URI");
        }
        method = part[0];
        target = t;
        version = part[2].equals("HTTP/1.0") ? "HTTP/1.0" : "HTTP/1.1";
        fields = HttpMessage.fields();
        hosts = 0;
        fieldBytes = 0;
        return null;
    }

    /** How long the body is (RFC 9112 section 6.3) and what the request expects. */
    private Result endOfHead() {
        if (version.equals("HTTP/1.1") && hosts != 1) {
            return refuse(400, hosts == 0 ? "an HTTP/1.1 request without Host" : "more than one Host field");
        }
        if (authority != null) {
            fields.put("host", authority);
        }
        String te = fields.get("transfer-encoding");
        String cl = fields.get("content-length");
        body = new ByteArrayOutputStream();
        if (te != null) {
            if (version.equals("HTTP/1.0")) {
                return refuse(400, "Transfer-Encoding in an HTTP/1.0 request");
            }
            if (cl != null) {
                return refuse(400, "both Content-Length and Transfer-Encoding");
            }
            List<String> codings = HttpMessage.list(te);
            for (int i = 0; i < codings.size(); i++) {
                String name = codings.get(i).split(";", 2)[0].trim();
                if (!HttpMessage.isToken(name)) {
                    return refuse(400, "bad transfer coding '" + HttpMessage.printable(codings.get(i)) + "'");
                }
                codings.set(i, name);
            }
            if (codings.isEmpty()
                    || !codings.get(codings.size() - 1).equals("chunked")
                    || Collections.frequency(codings, "chunked") != 1) {
                return refuse(400, "Transfer-Encoding without chunked as its last and only chunked coding: " + te);
            }
            if (codings.size() > 1) {
                return refuse(501, "transfer coding " + codings.get(0) + " is not implemented");
            }
            chunked = new ChunkedCoding.Decoder(maxBodyBytes, maxHeaderBytes);
            state = State.CHUNKED_BODY;
        } else if (cl != null) {
            long length = contentLength(cl);
            if (length == -1) {
                return refuse(400, "bad Content-Length '" + HttpMessage.printable(cl) + "'");
            }
            if (length > maxBodyBytes) {
                return refuse(413, "a body of more than " + maxBodyBytes + " bytes");
            }
            remaining = length;
            state = State.FIXED_BODY;
        } else if (method.equals("POST") || method.equals("PUT")) {
            return refuse(411, method + " needs Content-Length or Transfer-Encoding: chunked");
        } else {
            remaining = 0;
            state = State.FIXED_BODY;
        }
        String expect = fields.get("expect");
        continuePending = false;
        if (expect != null
                && version.equals("HTTP/1.1")) { // HTTP/1.0 expectations are ignored (RFC 9110 section 10.1.1)
            if (!HttpMessage.list(expect).equals(List.of("100-continue"))) {
                return refuse(417, "only 100-continue is an expectation served, not " + HttpMessage.printable(expect));
            }
            continuePending = state == State.CHUNKED_BODY || remaining > 0;
        }
        return next();
    }

    /**
     * Content-Length = 1*DIGIT (RFC 9110 section 8.6), repeated only with the same value: the
     * length, or -1 when the field is invalid; a number too long for a long is Long.MAX_VALUE
     * (valid, and too large).
     */
    static long contentLength(String value) {
        long length = -1;
        for (String v : value.split(",", -1)) {
            v = HttpMessage.trimOws(v);
            if (v.isEmpty()) {
                return -1;
            }
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                    return -1;
                }
            }
            String digits = v.replaceFirst("^0+(?=.)", "");
            long n = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
            if (length != -1 && n != length) {
                return -1;
            }
            length = n;
        }
        return length;
    }

    private Result fixedBody() {
        remaining -= in.take(remaining, body);
        return remaining == 0 ? complete() : waitForBody();
    }

    private Result chunkedBody() {
        in.decode(chunked, body);
        if (chunked.error() != null) {
            return switch (chunked.error()) {
                case TOO_LARGE -> refuse(413, "a body of more than " + maxBodyBytes + " bytes");
                case TRAILERS_TOO_LARGE -> refuse(431, chunked.detail());
                case MALFORMED -> refuse(400, chunked.detail());
            };
        }
        return chunked.done() ? complete() : waitForBody();
    }

    private Result waitForBody() {
        boolean sendContinue = continuePending && body.size() == 0;
        continuePending = false;
        return new Incomplete(sendContinue);
    }

    private Result complete() {
        HttpMessage.Request r = new HttpMessage.Request(
                method, target, version, Collections.unmodifiableMap(fields), body.toByteArray());
        state = State.HEAD;
        method = null;
        fields = null;
        body = null;
        chunked = null;
        emptyLines = 0;
        return new Complete(r);
    }

    private Refused refuse(int status, String why) {
        state = State.FAILED;
        failure = new Refused(status, why);
        in.clear();
        return failure;
    }
}
