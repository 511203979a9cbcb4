package jnic.stack.http;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The client's side of RFC 9112: the responses to the requests sent on a connection, in order,
 * from bytes fed in pieces of any size. A response's body is framed as section 6.3 says: none
 * after HEAD or with status 1xx, 204 or 304; chunked when Transfer-Encoding ends in chunked
 * (Content-Length is then ignored and the connection not reused); else Content-Length; else to
 * the end of the connection. Interim 1xx responses (100 Continue) are read and skipped. Nothing
 * it is given makes it throw: what it cannot read comes back as {@link Malformed}.
 */
final class ResponseParser {
    /** What {@link #next(boolean)} found. */
    sealed interface Result permits Incomplete, Complete, Malformed {}

    /** More bytes are needed. */
    record Incomplete() implements Result {}

    /** A whole response; {@code persists} when the connection may carry the next request. */
    record Complete(HttpMessage.Response response, boolean persists) implements Result {}

    /** Not a response jnic can read ({@code cut}: the connection ended inside it); the connection is of no further use. */
    record Malformed(String why, boolean cut) implements Result {}

    private enum State {
        STATUS_LINE,
        FIELDS,
        FIXED_BODY,
        CHUNKED_BODY,
        BODY_TO_CLOSE,
        FAILED
    }

    private final int maxHeaderBytes;
    private final long maxBodyBytes;
    private final InputBuffer in = new InputBuffer();
    private State state = State.STATUS_LINE;
    private Malformed failure;
    private String requestMethod = "GET";
    private String version;
    private int status;
    private String reason;
    private Map<String, String> fields;
    private int headBytes;
    private long remaining;
    private boolean persists;
    private ChunkedCoding.Decoder chunked;
    private ByteArrayOutputStream body;

    ResponseParser(int maxHeaderBytes, long maxBodyBytes) {
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The method of the request whose response comes next (a response to HEAD has no body). */
    void expect(String method) {
        requestMethod = method;
    }

    void offer(byte[] b, int off, int len) {
        if (state != State.FAILED) {
            in.offer(b, off, len);
        }
    }

    /** Whether part of a response has come. */
    boolean inResponse() {
        return state != State.STATUS_LINE || in.length() > 0;
    }

    /** Parses what has come; {@code ended} when the server has closed its side (no more bytes will come). */
    Result next(boolean ended) {
        while (true) {
            State before = state;
            Result r = switch (state) {
                case STATUS_LINE, FIELDS -> head();
                case FIXED_BODY -> {
                    remaining -= in.take(remaining, body);
                    yield remaining == 0 ? complete() : null;
                }
                case CHUNKED_BODY -> {
                    in.decode(chunked, body);
                    if (chunked.error() != null) {
                        yield fail(
                                chunked.error() == ChunkedCoding.Error.TOO_LARGE
                                        ? "a body of more than " + maxBodyBytes + " bytes"
                                        : chunked.detail());
                    }
                    yield chunked.done() ? complete() : null;
                }
                case BODY_TO_CLOSE -> {
                    in.take(Long.MAX_VALUE, body);
                    if (body.size() > maxBodyBytes) {
                        yield fail("a body of more than " + maxBodyBytes + " bytes");
                    }
                    yield ended ? complete() : null;
                }
                case FAILED -> failure;
            };
            if (r == null && state != before) {
                continue; // the head is read: on to the body
            }
            if (r == null) {
                if (!ended) {
                    return new Incomplete();
                }
                return fail(
                        true,
                        state == State.FIXED_BODY
                                ? "the body ended after " + body.size() + " of " + (body.size() + remaining) + " bytes"
                                : inResponse()
                                        ? "the connection ended inside a response"
                                        : "the connection ended before a response");
            }
            if (r instanceof Complete c && c.response().status() < 200) {
                continue; // an interim response: the final one follows
            }
            return r;
        }
    }

    /** The status line and the field lines; null when more bytes are needed and the head goes on. */
    private Result head() {
        while (true) {
            String line = in.line();
            if (line == null) {
                if (in.lineError() != null) {
                    return fail(in.lineError());
                }
                if (headBytes + in.length() > maxHeaderBytes) {
                    return fail("a response head longer than " + maxHeaderBytes + " bytes");
                }
                return null;
            }
            headBytes += line.length() + 2;
            if (headBytes > maxHeaderBytes) {
                return fail("a response head longer than " + maxHeaderBytes + " bytes");
            }
            if (state == State.STATUS_LINE) {
                String[] part = line.split(" ", 3);
                if (part.length < 2 || !part[0].matches("HTTP/1\\.[0-9]") || !part[1].matches("[1-5][0-9]{2}")) {
                    return fail("not an HTTP/1.x status line: '" + HttpMessage.printable(line) + "'");
                }
                version = part[0].equals("HTTP/1.0") ? "HTTP/1.0" : "HTTP/1.1";
                status = Integer.parseInt(part[1]);
                reason = part.length > 2 ? part[2] : "";
                fields = HttpMessage.fields();
                state = State.FIELDS;
                continue;
            }
            if (line.isEmpty()) {
                return framing();
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                return fail("a folded header field line");
            }
            String wrong = HttpMessage.addField(line, fields);
            if (wrong != null) {
                return fail(wrong);
            }
        }
    }

    /** RFC 9112 section 6.3. */
    private Result framing() {
        body = new ByteArrayOutputStream();
        persists = HttpMessage.persists(version, fields);
        String te = fields.get("transfer-encoding");
        String cl = fields.get("content-length");
        if (requestMethod.equals("HEAD") || status < 200 || status == 204 || status == 304) {
            remaining = 0;
            state = State.FIXED_BODY;
        } else if (te != null) {
            List<String> codings = HttpMessage.list(te);
            if (codings.isEmpty() || !codings.get(codings.size() - 1).equals("chunked")) {
                persists = false;
                state = State.BODY_TO_CLOSE;
            } else if (codings.size() > 1) {
                return fail("transfer codings other than chunked: " + te);
            } else {
                persists &= cl == null;
                chunked = new ChunkedCoding.Decoder(maxBodyBytes, maxHeaderBytes);
                state = State.CHUNKED_BODY;
            }
        } else if (cl != null) {
            long length = RequestParser.contentLength(cl);
            if (length < 0) {
                return fail("bad Content-Length '" + HttpMessage.printable(cl) + "'");
            }
            if (length > maxBodyBytes) {
                return fail("a body of more than " + maxBodyBytes + " bytes");
            }
            remaining = length;
            state = State.FIXED_BODY;
        } else {
            persists = false;
            state = State.BODY_TO_CLOSE;
        }
        return null;
    }

    private Result complete() {
        HttpMessage.Response r =
                new HttpMessage.Response(status, reason, Collections.unmodifiableMap(fields), body.toByteArray());
        boolean keep = persists;
        state = State.STATUS_LINE;
        headBytes = 0;
        fields = null;
        body = null;
        chunked = null;
        return new Complete(r, keep);
    }

    private Malformed fail(String why) {
        return fail(false, why);
    }

    private Malformed fail(boolean cut, String why) {
        state = State.FAILED;
        failure = new Malformed(why, cut);
        in.clear();
        return failure;
    }
}
