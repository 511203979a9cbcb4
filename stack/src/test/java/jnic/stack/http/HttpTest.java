package jnic.stack.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnic.driver.loopback.LoopbackHub;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import org.junit.jupiter.api.Test;

/**
 * jnic's server and client on two hosts in virtual time: persistent connections, pipelining, both
 * ways of closing, HTTP/1.0, the idle timeout and the request limit, bodies by length and chunked
 * both ways, 100-continue, HEAD, and the server's refusals, which close the connection.
 */
class HttpTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host client = net.host("client", seg, "10.0.0.1/24");
    final Host server = net.host("server", seg, "10.0.0.2/24");
    static final byte[] PAGE = "<html><body>hello from jnic</body></html>\n".getBytes(StandardCharsets.UTF_8);

    /** Answers with what it got: method, target, version and body. */
    static final HttpServer.Handler ECHO = (request, exchange) -> exchange.respond(new HttpMessage.Response(
            200,
            "OK",
            Map.of("content-type", "text/plain"),
            (request.method() + " " + request.target() + " " + request.version() + " " + request.bodyText())
                    .getBytes(StandardCharsets.UTF_8)));

    private <T> T await(CompletableFuture<T> f) {
        assertTrue(net.runUntil(f::isDone, 5000), "done within 5 s");
        return f.join();
    }

    private HttpMessage.Response get(String path) {
        return await(HttpClient.get(client, server.address(), 80, "www.jnic.test", path));
    }

    /** A client connection that sends raw bytes and collects what comes back. */
    final class Raw {
        final TcpSocket socket;
        final ByteArrayOutputStream got = new ByteArrayOutputStream();
        final byte[] buffer = new byte[4096];
        boolean ended;

        Raw() {
            socket = await(client.tcp().connect(server.address(), 80));
            read();
        }

        private void read() {
            socket.readAsync(buffer, 0, buffer.length).whenComplete((n, e) -> {
                if (e != null || n < 0) {
                    ended = true;
                    return;
                }
                got.write(buffer, 0, n);
                read();
            });
        }

        Raw send(String s) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            socket.writeAsync(b, 0, b.length);
            return this;
        }

        String text() {
            return got.toString(StandardCharsets.ISO_8859_1);
        }

        /** Runs until {@code done} holds for what came, or the server closed; returns what came. */
        String until(Predicate<String> done) {
            net.runUntil(() -> done.test(text()) || ended, 10_000);
            return text();
        }

        String responses(int n) {
            return until(t -> statusLines(t) >= n && complete(t));
        }

        /** Runs until the server has closed. */
        String toEnd() {
            assertTrue(net.runUntil(() -> ended, 10_000), "the server closed the connection");
            return text();
        }
    }

    static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 \\d{3} [A-Z]");

    static int statusLines(String text) {
        return (int) STATUS_LINE.matcher(text).results().count();
    }

    /** Whether the last response's Content-Length body has come whole. */
    static boolean complete(String text) {
        int last = STATUS_LINE
                .matcher(text)
                .results()
                .mapToInt(m -> m.start())
                .max()
                .orElse(0);
        int end = text.indexOf("\r\n\r\n", last);
        if (end < 0) {
            return false;
        }
        Matcher m = Pattern.compile("content-length: (\\d+)").matcher(text.substring(last, end));
        return text.length() - end - 4 >= (m.find() ? Integer.parseInt(m.group(1)) : 0);
    }

    @Test
    void getServesThePageAnd404sTheRest() throws Exception {
        HttpServer http = HttpServer.pages(server, 80, Map.of("/", PAGE), "text/html");
        HttpMessage.Response ok = get("/");
        assertEquals(200, ok.status());
        assertEquals("text/html", ok.headers().get("content-type"));
        assertEquals(new String(PAGE, StandardCharsets.UTF_8), ok.bodyText());
        assertEquals(404, get("/nope").status());
        assertEquals(1, http.served());
        assertEquals(1, http.badRequests());
        assertEquals(2, http.count(HttpServer.Counter.CONNECTIONS), "the one-shot client says close");
    }

    @Test
    void oneConnectionCarriesSeveralRequests() throws Exception {
        HttpServer http = new HttpServer(server, 80, HttpServer.Config.DEFAULT, ECHO);
        HttpClient c = await(HttpClient.connect(client, server.address(), 80, "www.jnic.test"));
        CompletableFuture<HttpMessage.Response> a = c.get("/a");
        CompletableFuture<HttpMessage.Response> b =
                c.post("/b", "text/plain", "a body".getBytes(StandardCharsets.UTF_8));
        CompletableFuture<HttpMessage.Response> d = c.send("DELETE", "/d", Map.of(), null);
        assertEquals("GET /a HTTP/1.1 ", await(a).bodyText());
        assertEquals("POST /b HTTP/1.1 a body", await(b).bodyText());
        assertEquals("DELETE /d HTTP/1.1 ", await(d).bodyText());
        assertTrue(c.open());
        assertEquals(1, http.count(HttpServer.Counter.CONNECTIONS));
        assertEquals(3, http.count(HttpServer.Counter.REQUESTS));
        assertEquals(2, http.count(HttpServer.Counter.REUSED_CONNECTION));
        c.close();
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        new HttpServer(server, 80, HttpServer.Config.DEFAULT, ECHO);
        Raw raw = new Raw()
                .send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                        + "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody"
                        + "HEAD /3 HTTP/1.1\r\nHost: x\r\n\r\n"
                        + "PUT /4 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n");
        String t = raw.responses(4);
        assertEquals(4, count(t, "HTTP/1.1 200 OK"), t);
        int one = t.indexOf("GET /1 HTTP/1.1 ");
        int two = t.indexOf("POST /2 HTTP/1.1 body");
        int four = t.indexOf("PUT /4 HTTP/1.1 ab");
        assertTrue(one >= 0 && two > one && four > two, t);
        assertFalse(t.contains("HEAD /3"), "no body after HEAD");
        assertEquals(4, count(t, "content-length: "), "HEAD's answer has its length too");
        assertFalse(t.contains("connection:"), "HTTP/1.1 persists without saying so");
        assertFalse(raw.ended, "the connection stays open");
    }

    @Test
    void connectionCloseIsHonouredBothWays() throws Exception {
        new HttpServer(
                server,
                80,
                HttpServer.Config.DEFAULT,
                (request, exchange) -> exchange.respond(new HttpMessage.Response(
                        200,
                        "OK",
                        request.target().equals("/last") ? Map.of("Connection", "close") : Map.of(),
                        new byte[] {'x'})));
        String asked = new Raw()
                .send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /never HTTP/1.1\r\nHost: x\r\n\r\n")
                .toEnd();
        assertEquals(1, count(asked, "HTTP/1.1 200"), "nothing after the request that said close: " + asked);
        assertTrue(asked.contains("\r\nconnection: close\r\n"));

        HttpClient c = await(HttpClient.connect(client, server.address(), 80, "x"));
        assertEquals(200, await(c.get("/last")).status());
        CompletableFuture<HttpMessage.Response> after = c.get("/after");
        assertTrue(net.runUntil(after::isDone, 1000));
        CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, after::join);
        assertEquals(
                Errno.ECONNRESET,
                assertInstanceOf(SocketError.class, e.getCause()).errno());
        assertFalse(c.open(), "the server said close");
    }

    @Test
    void http10ClosesUnlessItAsksForKeepAlive() throws Exception {
        new HttpServer(server, 80, HttpServer.Config.DEFAULT, ECHO);
        String plain = new Raw().send("GET /a HTTP/1.0\r\n\r\n").toEnd();
        assertTrue(plain.startsWith("HTTP/1.1 200 OK\r\n"), plain);
        assertTrue(plain.contains("\r\nconnection: close\r\n"), plain);
        assertTrue(plain.endsWith("GET /a HTTP/1.0 "), plain);

        Raw keep = new Raw().send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        String t = keep.responses(1);
        assertTrue(t.contains("\r\nconnection: keep-alive\r\n"), t);
        keep.send("GET /c HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        assertEquals(2, count(keep.responses(2), "200 OK"));
        assertFalse(keep.ended);
    }

    @Test
    void anIdleConnectionIsClosedAfterTheTimeoutAndAHalfRequestGets408() throws Exception {
        HttpServer http =
                new HttpServer(server, 80, HttpServer.Config.DEFAULT.withIdleTimeout(Duration.ofSeconds(2)), ECHO);
        Raw idle = new Raw().send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        idle.responses(1);
        long answered = net.lan.clock().nanos();
        idle.toEnd();
        long waited = net.lan.clock().nanos() - answered;
        assertTrue(waited >= 1_990_000_000L && waited < 2_100_000_000L, "closed 2 s after the answer: " + waited);
        assertEquals(1, http.count(HttpServer.Counter.IDLE_CLOSED));

        String slow = new Raw().send("GET / HTTP/1.1\r\nHo").toEnd();
        assertTrue(slow.startsWith("HTTP/1.1 408 Request Timeout\r\n"), slow);
        assertEquals(1, http.count(HttpServer.Counter.REQUEST_TIMEOUT));
    }

    @Test
    void theLastRequestAllowedOnAConnectionSaysClose() throws Exception {
        HttpServer http = new HttpServer(server, 80, HttpServer.Config.DEFAULT.withMaxRequestsPerConnection(3), ECHO);
        String t =
                new Raw().send("GET /n HTTP/1.1\r\nHost: x\r\n\r\n".repeat(4)).toEnd();
        assertEquals(3, count(t, "200 OK"), t);
        assertEquals(1, count(t, "connection: close"), t);
        assertEquals(1, http.count(HttpServer.Counter.REQUEST_LIMIT_CLOSED));
    }

    @Test
    void bodiesAboveTheLimitGet413AndTheConnectionCloses() throws Exception {
        HttpServer http = new HttpServer(server, 80, HttpServer.Config.DEFAULT.withMaxBodyBytes(10), ECHO);
        String byLength = new Raw()
                .send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n01234567890")
                .toEnd();
        assertTrue(byLength.startsWith("HTTP/1.1 413 Content Too Large\r\n"), byLength);
        assertTrue(byLength.contains("connection: close"));
        String chunked = new Raw()
                .send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n01234\r\n6\r\n")
                .toEnd();
        assertTrue(chunked.startsWith("HTTP/1.1 413 "), chunked);
        assertTrue(chunked.endsWith("a body of more than 10 bytes\n"), "a short text body: " + chunked);
        String exact = new Raw()
                .send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n0123456789")
                .responses(1);
        assertTrue(exact.endsWith("POST / HTTP/1.1 0123456789"), exact);
        assertEquals(2, http.count(HttpServer.Counter.CONTENT_TOO_LARGE));
    }

    @Test
    void malformedRequestsGetTheirStatusAndTheConnectionCloses() throws Exception {
        HttpServer http = HttpServer.pages(server, 80, Map.of("/", PAGE), "text/html");
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("BLAH\r\n\r\n", "400 Bad Request");
        cases.put("GET / HTTP/1.1\r\nHost: x\r\nBad Field\r\n\r\n", "400 Bad Request");
        cases.put("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n", "400 Bad");
        cases.put("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: two\r\n\r\n", "400 Bad Request");
        cases.put("POST / HTTP/1.1\r\nHost: x\r\n\r\nabc", "411 Length Required");
        cases.put("GET /" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", "414 URI Too Long");
        cases.put("GET / HTTP/1.1\r\nHost: x\r\nA: " + "b".repeat(17000) + "\r\n\r\n", "431 Request Header Fields");
        cases.put("BREW / HTTP/1.1\r\nHost: x\r\n\r\n", "501 Not Implemented");
        cases.put("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", "501 Not Implemented");
        cases.put("GET / HTTP/2.0\r\nHost: x\r\n\r\n", "505 HTTP Version Not Supported");
        cases.put("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nExpect: teapot\r\n\r\n", "417 Expectation");
        for (var c : cases.entrySet()) {
            String t = new Raw()
                    .send(c.getKey() + "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                    .toEnd();
            assertTrue(t.startsWith("HTTP/1.1 " + c.getValue()), c.getKey() + " got " + t);
            assertTrue(t.contains("\r\nconnection: close\r\n") && t.contains("content-type: text/plain"), t);
            assertEquals(1, statusLines(t), "the request after it is not answered: " + t);
        }
        assertEquals(4, http.count(HttpServer.Counter.BAD_REQUEST));
        assertEquals(2, http.count(HttpServer.Counter.NOT_IMPLEMENTED));
        assertEquals(cases.size(), http.badRequests());
        assertEquals(200, get("/").status(), "the pages still serve after all that");
    }

    @Test
    void aPostWithExpectContinueGets100BeforeItsBody() throws Exception {
        new HttpServer(server, 80, HttpServer.Config.DEFAULT, ECHO);
        Raw raw = new Raw().send("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        assertEquals("HTTP/1.1 100 Continue\r\n\r\n", raw.until(t -> t.endsWith("\r\n\r\n")));
        String t = raw.send("hello").responses(2);
        assertTrue(t.endsWith("POST / HTTP/1.1 hello"), t);
    }

    @Test
    void aStreamedResponseIsChunkedAndTheClientDecodesIt() throws Exception {
        new HttpServer(server, 80, HttpServer.Config.DEFAULT, (request, exchange) -> {
            HttpServer.StreamedBody body = exchange.stream(200, Map.of("content-type", "text/plain"));
            body.write("one ".getBytes(StandardCharsets.UTF_8))
                    .thenCompose(v -> body.write(new byte[0]))
                    .thenCompose(v -> body.write("two ".repeat(3000).getBytes(StandardCharsets.UTF_8)))
                    .thenCompose(v -> body.write("three".getBytes(StandardCharsets.UTF_8)))
                    .thenCompose(v -> body.end());
        });
        HttpClient c = await(HttpClient.connect(client, server.address(), 80, "x"));
        for (int i = 0; i < 2; i++) {
            HttpMessage.Response r = await(c.get("/stream"));
            assertEquals("chunked", r.headers().get("transfer-encoding"));
            assertFalse(r.headers().containsKey("content-length"));
            assertEquals("one " + "two ".repeat(3000) + "three", r.bodyText());
        }
        assertTrue(c.open(), "a chunked body leaves the connection usable");

        String old = new Raw().send("GET / HTTP/1.0\r\n\r\n").toEnd();
        assertTrue(old.contains("\r\nconnection: close\r\n\r\none two two"), "HTTP/1.0: no chunks, the end closes");
        assertFalse(old.contains("transfer-encoding"));
        assertTrue(old.endsWith("three"));
    }

    @Test
    void aHandlerThatThrowsGets500() throws Exception {
        HttpServer http = new HttpServer(server, 80, request -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(500, get("/").status());
        assertEquals(1, http.count(HttpServer.Counter.HANDLER_FAILED));
    }

    @Test
    void theClientReadsChunkedResponsesWithTrailersAndSkips100() throws Exception {
        TcpListener l = server.tcp().listen(80, 4);
        CompletableFuture<TcpSocket> accepted = l.acceptAsync();
        HttpClient c = await(HttpClient.connect(client, server.address(), 80, "x"));
        CompletableFuture<HttpMessage.Response> first = c.get("/1");
        CompletableFuture<HttpMessage.Response> second = c.get("/2");
        CompletableFuture<HttpMessage.Response> third = c.send("HEAD", "/3", Map.of(), null);
        TcpSocket s = await(accepted);
        String answers = "HTTP/1.1 100 Continue\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n"
                + "4;ext=1\r\nWiki\r\n7\r\npedia i\r\nB\r\nn \r\nchunks.\r\n0\r\nX-Sum: 5\r\nX-Other: a, b\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n";
        byte[] b = answers.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < b.length; i += 7) { // in small pieces
            s.writeAsync(b, i, Math.min(7, b.length - i));
            net.runFor(1);
        }
        assertEquals("Wikipedia in \r\nchunks.", await(first).bodyText());
        assertEquals(204, await(second).status());
        HttpMessage.Response head = await(third);
        assertEquals(200, head.status());
        assertEquals(0, head.body().length, "no body after HEAD whatever its Content-Length");
        assertTrue(c.open());
        byte[] shortBody = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nab".getBytes(StandardCharsets.ISO_8859_1);
        s.writeAsync(shortBody, 0, shortBody.length);
        CompletableFuture<HttpMessage.Response> cut = c.get("/4");
        net.runFor(10);
        s.shutdownOutput();
        assertTrue(net.runUntil(cut::isDone, 1000));
        CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, cut::join);
        assertEquals(
                Errno.ECONNRESET,
                assertInstanceOf(SocketError.class, e.getCause()).errno(),
                e.getMessage());
    }

    @Test
    void afterConnectionCloseTheClientWaitsForTheServersFinThenClosesOrGivesUpAfterASecond() throws Exception {
        byte[] answer = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"
                .getBytes(StandardCharsets.ISO_8859_1);
        for (boolean serverCloses : new boolean[] {true, false}) {
            TcpListener l = server.tcp().listen(80, 4);
            CompletableFuture<TcpSocket> accepted = l.acceptAsync();
            CompletableFuture<HttpMessage.Response> r = HttpClient.get(client, server.address(), 80, "x", "/");
            TcpSocket s = await(accepted);
            byte[] request = new byte[4096];
            await(s.readAsync(request, 0, request.length));
            s.writeAsync(answer, 0, answer.length);
            assertEquals("ok", await(r).bodyText(), "the response is complete before the connection ends");
            CompletableFuture<Integer> clientFin = s.readAsync(request, 0, request.length);
            net.runFor(200);
            assertFalse(clientFin.isDone(), "the client does not close first: it waits for the server's FIN");
            long before = server.now();
            if (serverCloses) {
                s.shutdownOutput();
                assertEquals(-1, await(clientFin), "the client closes once its read returns end of stream");
                assertTrue(server.now() - before < 50_000_000L, "at once, not after the give-up delay");
            } else {
                assertEquals(-1, await(clientFin), "the client gives up on a server that stays open");
                long waited = server.now() - before + 200_000_000L;
                assertTrue(
                        waited >= HttpClient.END_OF_STREAM_WAIT_NANOS
                                && waited < HttpClient.END_OF_STREAM_WAIT_NANOS + 100_000_000L,
                        "after about a second: " + waited);
                s.close();
            }
            l.close();
            net.runFor(10);
        }
    }

    @Test
    void theClientRefusesAMalformedResponse() throws Exception {
        for (String bad : List.of(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\n",
                "HTTP/1.1 2000 OK\r\n\r\n",
                "SMTP 220\r\n\r\n")) {
            TcpListener l = server.tcp().listen(80, 4);
            CompletableFuture<TcpSocket> accepted = l.acceptAsync();
            CompletableFuture<HttpMessage.Response> r = HttpClient.get(client, server.address(), 80, "x", "/");
            TcpSocket s = await(accepted);
            byte[] b = bad.getBytes(StandardCharsets.ISO_8859_1);
            s.writeAsync(b, 0, b.length);
            assertTrue(net.runUntil(r::isDone, 1000));
            CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, r::join);
            assertInstanceOf(java.net.ProtocolException.class, e.getCause(), bad);
            l.close();
            net.runFor(10);
        }
    }

    @Test
    void aLargePostArrivesByteExact() throws Exception {
        byte[] body = new byte[70_000];
        new java.util.Random(3).nextBytes(body);
        CompletableFuture<byte[]> seen = new CompletableFuture<>();
        new HttpServer(server, 80, HttpServer.Config.DEFAULT, (request, exchange) -> {
            seen.complete(request.body());
            exchange.respond(HttpMessage.Response.text(200, "got " + request.body().length + "\n"));
        });
        HttpClient c = await(HttpClient.connect(client, server.address(), 80, "x"));
        assertEquals(
                "got 70000\n",
                await(c.post("/", "application/octet-stream", body)).bodyText());
        assertArrayEquals(body, seen.join());
    }
}
