package jnic.stack.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server's parser on its own: each status it answers by itself, the framing of bodies, and
 * the same results whether the bytes come at once or one by one.
 */
class RequestParserTest {
    private static final HttpServer.Config LIMITS = HttpServer.Config.DEFAULT
            .withMaxRequestLine(64)
            .withMaxHeaderBytes(256)
            .withMaxBodyBytes(100);

    /** Everything {@code raw} gives, fed at once; the parse stops at the first refusal or when more is needed. */
    static List<RequestParser.Result> parse(String raw, boolean byteByByte) {
        RequestParser p = new RequestParser(LIMITS.maxRequestLine(), LIMITS.maxHeaderBytes(), LIMITS.maxBodyBytes());
        byte[] b = raw.getBytes(StandardCharsets.ISO_8859_1);
        List<RequestParser.Result> out = new ArrayList<>();
        int step = byteByByte ? 1 : Math.max(1, b.length);
        for (int i = 0; i < b.length; i += step) {
            p.offer(b, i, Math.min(step, b.length - i));
            while (true) {
                RequestParser.Result r = p.next();
                if (r instanceof RequestParser.Incomplete inc) {
                    if (inc.sendContinue()) {
                        out.add(r);
                    }
                    break;
                }
                out.add(r);
                if (r instanceof RequestParser.Refused) {
                    return out;
                }
            }
        }
        return out;
    }

    /** The one result of {@code raw}, the same fed at once and byte by byte. */
    static RequestParser.Result one(String raw) {
        List<RequestParser.Result> whole = parse(raw, false);
        List<RequestParser.Result> bytes = parse(raw, true);
        assertEquals(1, whole.size(), "one result: " + whole);
        assertEquals(describe(whole.get(0)), describe(bytes.get(bytes.size() - 1)), "byte by byte: " + bytes);
        return whole.get(0);
    }

    static String describe(RequestParser.Result r) {
        if (r instanceof RequestParser.Complete c) {
            HttpMessage.Request q = c.request();
            return q.method() + " " + q.target() + " " + q.version() + " " + q.headers() + " " + q.bodyText();
        }
        return r.toString();
    }

    static HttpMessage.Request request(String raw) {
        RequestParser.Result r = one(raw);
        assertInstanceOf(RequestParser.Complete.class, r, raw);
        return ((RequestParser.Complete) r).request();
    }

    static int status(String raw) {
        RequestParser.Result r = one(raw);
        assertInstanceOf(RequestParser.Refused.class, r, "refused: " + raw.replace("\r\n", "|"));
        return ((RequestParser.Refused) r).status();
    }

    @Test
    void aGetWithFields() {
        HttpMessage.Request r = request("GET /a?b=c HTTP/1.1\r\nHost: x\r\nAccept:  */* \r\nX-A: 1\r\nx-a: 2\r\n\r\n");
        assertEquals("GET", r.method());
        assertEquals("/a?b=c", r.target());
        assertEquals("HTTP/1.1", r.version());
        assertEquals("*/*", r.headers().get("accept"), "OWS trimmed");
        assertEquals("1, 2", r.headers().get("x-a"), "repeated fields combined, names case-insensitive");
        assertEquals(0, r.body().length);
    }

    @Test
    void pipelinedRequestsComeOutInOrder() {
        List<RequestParser.Result> rs = parse(
                "GET /1 HTTP/1.1\r\nHost: x\r\n\r\nPOST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                        + "\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n",
                false);
        assertEquals(
                List.of("GET /1", "POST /2 abc", "GET /3"),
                rs.stream()
                        .map(r -> ((RequestParser.Complete) r).request())
                        .map(q -> q.method() + " " + q.target() + (q.body().length > 0 ? " " + q.bodyText() : ""))
                        .toList());
    }

    @Test
    void bodiesByContentLengthAndChunked() {
        assertEquals(
                "hello",
                request("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                        .bodyText());
        assertEquals(
                "hello world",
                request("PUT / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                + "5;name=\"v;\\\"x\"\r\nhello\r\n6 ; a=b\r\n world\r\n0\r\nTrailer-A: 1\r\n\r\n")
                        .bodyText());
        assertEquals(
                "",
                request("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0, 0\r\n\r\n")
                        .bodyText());
        assertEquals(
                "ab",
                request("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0002\r\n\r\nab")
                        .bodyText(),
                "leading zeros are digits too");
    }

    @Test
    void http10AndAbsoluteFormAndLeadingEmptyLines() {
        HttpMessage.Request old = request("GET / HTTP/1.0\r\n\r\n");
        assertEquals("HTTP/1.0", old.version(), "HTTP/1.0 needs no Host");
        assertEquals(false, HttpMessage.persists(old.version(), old.headers()));
        HttpMessage.Request keep = request("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n");
        assertTrue(HttpMessage.persists(keep.version(), keep.headers()));
        HttpMessage.Request abs = request("GET http://www.jnic.test:8080/x HTTP/1.1\r\nHost: other\r\n\r\n");
        assertEquals("/x", abs.target());
        assertEquals("www.jnic.test:8080", abs.headers().get("host"));
        assertEquals("/", request("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n").target());
        assertEquals(
                "HTTP/1.1", request("GET / HTTP/1.7\r\nHost: x\r\n\r\n").version(), "a later 1.x is served as 1.1");
        HttpMessage.Request closing = request("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(false, HttpMessage.persists(closing.version(), closing.headers()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // the request line
                "400|BLAH|",
                "400|GET /  HTTP/1.1|Host: x",
                "400|GET / HTTP/1.1 x|Host: x",
                "400|GET / http/1.1|Host: x",
                "400|GET / HTTP/1|Host: x",
                "400|G(T / HTTP/1.1|Host: x",
                "400|GET a HTTP/1.1|Host: x",
                "400|GET /\u0001 HTTP/1.1|Host: x",
                "400|GET /é HTTP/1.1|Host: x",
                "400|GET http:/// HTTP/1.1|Host: x",
                // the fields
                "400|GET / HTTP/1.1|Host: x~~Bad Name: y",
                "400|GET / HTTP/1.1|Host : x",
                "400|GET / HTTP/1.1|Host: x~~NoColon",
                "400|GET / HTTP/1.1|Host: x~~ folded: y",
                "400|GET / HTTP/1.1|Host: x~~A: b\u0000c",
                "400|GET / HTTP/1.1|Host: x~~A: b\u007fc",
                "400|GET / HTTP/1.1|",
                "400|GET / HTTP/1.1|Host: x~~Host: y",
                // framing
                "400|POST / HTTP/1.1|Host: x~~Content-Length: 3~~Transfer-Encoding: chunked",
                "400|POST / HTTP/1.1|Host: x~~Content-Length: 3x",
                "400|POST / HTTP/1.1|Host: x~~Content-Length: -3",
                "400|POST / HTTP/1.1|Host: x~~Content-Length: +3",
                "400|POST / HTTP/1.1|Host: x~~Content-Length: ",
                "400|POST / HTTP/1.1|Host: x~~Content-Length: 3, 4",
                "400|POST / HTTP/1.1|Host: x~~Content-Length: 3~~Content-Length: 4",
                "400|POST / HTTP/1.1|Host: x~~Content-Length: 0x3",
                "400|POST / HTTP/1.1|Host: x~~Transfer-Encoding: gzip",
                "400|POST / HTTP/1.1|Host: x~~Transfer-Encoding: chunked, gzip",
                "400|POST / HTTP/1.1|Host: x~~Transfer-Encoding: chunked, chunked",
                "400|POST / HTTP/1.1|Host: x~~Transfer-Encoding: ,",
                "400|POST / HTTP/1.0|Transfer-Encoding: chunked",
                "411|POST / HTTP/1.1|Host: x",
                "411|PUT / HTTP/1.1|Host: x",
                "413|POST / HTTP/1.1|Host: x~~Content-Length: 101",
                "413|POST / HTTP/1.1|Host: x~~Content-Length: 99999999999999999999999999999",
                "417|POST / HTTP/1.1|Host: x~~Content-Length: 3~~Expect: 200-ok",
                "501|BREW / HTTP/1.1|Host: x",
                "501|get / HTTP/1.1|Host: x",
                "501|CONNECT x:1 HTTP/1.1|Host: x",
                "501|POST / HTTP/1.1|Host: x~~Transfer-Encoding: gzip, chunked",
                "505|GET / HTTP/2.0|Host: x",
                "505|GET / HTTP/0.9|Host: x",
            })
    void refusals(int status, String requestLine, String fields) {
        String head = requestLine + "\r\n" + (fields == null ? "" : fields.replace("~~", "\r\n") + "\r\n") + "\r\n";
        assertEquals(status, status(head));
    }

    @Test
    void linesMustEndInCrlf() {
        assertEquals(400, status("GET / HTTP/1.1\nHost: x\r\n\r\n"), "a bare LF");
        assertEquals(400, status("GET / HTTP/1.1\r\nHost: x\rY: z\r\n\r\n"), "a bare CR");
        assertEquals(400, status("\r\n".repeat(9) + "GET / HTTP/1.1\r\nHost: x\r\n\r\n"), "no endless empty lines");
    }

    @Test
    void limitsOfLinesAndFields() {
        assertEquals(414, status("GET /" + "a".repeat(64) + " HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals(414, status("GET /" + "a".repeat(100)), "before the line has even ended");
        assertEquals(431, status("GET / HTTP/1.1\r\nHost: x\r\nA: " + "b".repeat(300) + "\r\n\r\n"));
        assertEquals(431, status("GET / HTTP/1.1\r\nHost: x\r\n" + "A: b\r\n".repeat(60) + "\r\n"), "many small ones");
        assertEquals(431, status("GET / HTTP/1.1\r\nHost: x\r\nA: " + "b".repeat(300)), "before the line has ended");
    }

    @Test
    void chunkedRefusals() {
        String[][] cases = {
            {"400", "x"},
            {"400", "5\r\nhelloX"},
            {"400", "5\r\nhello\n0\r\n\r\n"},
            {"400", "5\nhello\r\n0\r\n\r\n"},
            {"400", ";a=b\r\n"},
            {"400", "5;\r\nhello\r\n0\r\n\r\n"},
            {"400", "5;a=\r\nhello\r\n0\r\n\r\n"},
            {"400", "5;a=\"b\r\nhello\r\n0\r\n\r\n"},
            {"400", "5;a b\r\nhello\r\n0\r\n\r\n"},
            {"400", "5\r\0hello\r\n0\r\n\r\n"},
            {"400", "-5\r\n"},
            {"400", "0x5\r\n"},
            {"400", "\r\n"},
            {"400", "0\r\nBad Trailer\r\n\r\n"},
            {"400", "0\r\n folded: x\r\n\r\n"},
            {"400", "0\r\nA: b\nB: c\r\n\r\n"},
            {"413", "65\r\n"},
            {"413", "F".repeat(40) + "\r\n"},
            {"413", "7FFFFFFFFFFFFFFF\r\n"},
            {"413", "40\r\n" + "x".repeat(64) + "\r\n25\r\n"},
        };
        for (String[] c : cases) {
            assertEquals(
                    Integer.parseInt(c[0]),
                    status("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + c[1]),
                    c[1]);
        }
    }

    @Test
    void chunkSizeLinesAndTrailersAreBounded() {
        String head = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        assertEquals(400, status(head + "0".repeat(ChunkedCoding.MAX_SIZE_LINE + 1)), "endless leading zeros");
        assertEquals(400, status(head + "1;a=" + "b".repeat(ChunkedCoding.MAX_SIZE_LINE)), "an endless extension");
        assertEquals(431, status(head + "0\r\nA: " + "b".repeat(300) + "\r\n\r\n"), "trailers past the field limit");
        assertEquals(
                "a",
                request(head + "0".repeat(50) + "1\r\na\r\n0\r\n\r\n").bodyText(),
                "leading zeros within the line limit");
    }

    @Test
    void continueIsAskedForOnceBeforeTheBody() {
        String head = "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n";
        RequestParser p = new RequestParser(64, 256, 100);
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        p.offer(h, 0, h.length);
        assertEquals(new RequestParser.Incomplete(true), p.next());
        assertEquals(new RequestParser.Incomplete(false), p.next());
        p.offer(new byte[] {'a', 'b', 'c'}, 0, 3);
        assertEquals("abc", ((RequestParser.Complete) p.next()).request().bodyText());
        List<RequestParser.Result> atOnce = parse(head + "abc", false);
        assertEquals(1, atOnce.size(), "no 100 when the body is already there: " + atOnce);
        assertInstanceOf(
                RequestParser.Complete.class,
                one("GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n"),
                "no body, no 100");
        assertInstanceOf(
                RequestParser.Complete.class,
                one("GET / HTTP/1.0\r\nExpect: whatever\r\n\r\n"),
                "HTTP/1.0 expectations are ignored");
    }

    @Test
    void afterARefusalNothingMoreIsParsed() {
        RequestParser p = new RequestParser(64, 256, 100);
        byte[] b = "BLAH\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        p.offer(b, 0, b.length);
        assertEquals(400, ((RequestParser.Refused) p.next()).status());
        p.offer(b, 0, b.length);
        assertEquals(400, ((RequestParser.Refused) p.next()).status());
        assertTrue(p.inRequest());
    }
}
