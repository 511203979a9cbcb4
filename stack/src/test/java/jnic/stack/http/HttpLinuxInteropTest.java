package jnic.stack.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import jnic.driver.tap.KernelPeer;
import jnic.net.wire.Ipv4Address;
import jnic.stack.KernelHost;
import jnic.stack.KernelHostTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jnic's HTTP server and client against real ones, over a TAP device with the Linux kernel as the
 * peer, in a network namespace the test makes (10.214.0.1 is the kernel, 10.214.0.2 is jnic;
 * nothing leaves the namespace): curl fetching two URLs on one connection and POSTing bodies by
 * length and chunked, Python's http.client doing several requests on one connection, malformed
 * requests sent with Python's socket, and jnic's client reusing its connection to Python's
 * http.server, which answers one path chunked with a trailer. Skipped, with the reason, where TAP,
 * namespaces, curl or python3 are missing.
 */
class HttpLinuxInteropTest extends KernelHostTest {
    private static final Ipv4Address KERNEL = Ipv4Address.parse("10.214.0.1");
    private static final String URL = "http://10.214.0.2:8080";

    @TempDir
    Path dir;

    @Override
    protected KernelHost start() throws Exception {
        assumeTrue(KernelPeer.run("which", "curl", "python3") == 0, "skipped: curl or python3 is not installed");
        return KernelHost.create("jhttp", "10.214.0.1/24", "10.214.0.2/24", "02:4a:4e:00:01:08", 18);
    }

    /** Answers with the method, the target and the body's length; keeps every body it is given. */
    private final List<byte[]> bodies = new CopyOnWriteArrayList<>();

    private HttpServer echoServer() throws Exception {
        return new HttpServer(host, 8080, HttpServer.Config.DEFAULT, (request, exchange) -> {
            bodies.add(request.body());
            exchange.respond(HttpMessage.Response.text(
                    200, request.method() + " " + request.target() + " " + request.body().length + "\n"));
        });
    }

    @Test
    void curlFetchesTwoUrlsOnOneConnection() throws Exception {
        try (HttpServer server = echoServer()) {
            String out = peer.exec("curl", "-sv", "--max-time", "10", URL + "/one", URL + "/two");
            assertTrue(out.contains("GET /one 0\n") && out.contains("GET /two 0\n"), out);
            assertTrue(out.contains("Re-using existing connection"), "curl says it reused the connection: " + out);
            assertEquals(
                    1,
                    server.count(HttpServer.Counter.CONNECTIONS),
                    "one connection for two requests: " + server.counters());
            assertEquals(2, server.count(HttpServer.Counter.REQUESTS));
            assertEquals(1, server.count(HttpServer.Counter.REUSED_CONNECTION));
        }
    }

    @Test
    void curlPostsBodiesByLengthAndChunked() throws Exception {
        byte[] data = new byte[200_000];
        new java.util.Random(18).nextBytes(data);
        Path file = dir.resolve("body.bin");
        Files.write(file, data);
        try (HttpServer server = echoServer()) {
            String byLength = peer.exec("curl", "-s", "--max-time", "10", "--data-binary", "@" + file, URL + "/upload");
            assertEquals("POST /upload 200000\n", byLength);
            String chunked = peer.exec(
                    "curl",
                    "-s",
                    "--max-time",
                    "10",
                    "-H",
                    "Transfer-Encoding: chunked",
                    "--data-binary",
                    "@" + file,
                    URL + "/chunked");
            assertEquals("POST /chunked 200000\n", chunked);
            String put = peer.exec("curl", "-s", "--max-time", "10", "-T", file.toString(), URL + "/put");
            assertEquals("PUT /put 200000\n", put);
            assertEquals(3, bodies.size());
            for (byte[] b : bodies) {
                assertArrayEquals(data, b, "the handler saw curl's body byte-exact");
            }
            String tooLarge = peer.exec(
                    "bash",
                    "-c",
                    "head -c 3000000 /dev/zero | curl -s --max-time 10 -o /dev/null -w %{http_code}"
                            + " -H 'Transfer-Encoding: chunked' --data-binary @- " + URL + "/big");
            assertEquals("413", tooLarge, "a chunked body past the limit (1 MiB) gets 413");
            assertEquals(1, server.count(HttpServer.Counter.CONTENT_TOO_LARGE));
        }
    }

    @Test
    void pythonsHttpClientDoesSeveralRequestsOnOneConnection() throws Exception {
        Path script = dir.resolve("client.py");
        Files.writeString(script, """
                import http.client
                c = http.client.HTTPConnection("10.214.0.2", 8080, timeout=10)
                for path in ["/a", "/b", "/c"]:
                    c.request("GET", path)
                    r = c.getresponse()
                    print(r.status, r.read().decode().strip())
                c.request("POST", "/form", body=b"x=1&y=2", headers={"Content-Type": "application/x-www-form-urlencoded"})
                r = c.getresponse()
                print(r.status, r.read().decode().strip())
                c.request("HEAD", "/a")
                r = c.getresponse()
                print(r.status, r.getheader("Content-Length"), len(r.read()))
                c.close()
                """);
        try (HttpServer server = echoServer()) {
            String out = peer.exec("python3", script.toString());
            assertEquals(
                    "200 GET /a 0\n200 GET /b 0\n200 GET /c 0\n200 POST /form 7\n200 10 0\n",
                    out,
                    "Python's answers, HEAD with GET's length and no body");
            assertEquals("x=1&y=2", new String(bodies.get(3), StandardCharsets.US_ASCII));
            assertEquals(1, server.count(HttpServer.Counter.CONNECTIONS), "all five on one connection");
            assertEquals(5, server.count(HttpServer.Counter.REQUESTS));
        }
    }

    @Test
    void malformedRequestsFromPythonsSocketGetTheirStatus() throws Exception {
        Path script = dir.resolve("raw.py");
        Files.writeString(script, """
                import re, socket
                cases = [
                    b"GET / HTTP/1.1\\r\\nHost: x\\r\\nBad Field\\r\\n\\r\\n",
                    b"POST / HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 3\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n",
                    b"POST / HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 3x\\r\\n\\r\\n",
                    b"POST / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
                    b"POST / HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nFFFFFFFFFFFFFFFFFFFFFFFF\\r\\n",
                    b"GET /" + b"a" * 9000 + b" HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
                    b"GET / HTTP/1.1\\r\\nHost: x\\r\\nCookie: " + b"c" * 20000 + b"\\r\\n\\r\\n",
                    b"BREW / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n",
                    b"POST / HTTP/1.1\\r\\nHost: x\\r\\nTransfer-Encoding: gzip, chunked\\r\\n\\r\\n",
                    b"GET / HTTP/3.0\\r\\nHost: x\\r\\n\\r\\n",
                    b"GET / HTTP/1.1\\r\\n\\r\\n",
                ]
                for case in cases:
                    s = socket.create_connection(("10.214.0.2", 8080), timeout=10)
                    s.sendall(case + b"GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n")
                    got = b""
                    while True:
                        b = s.recv(65536)
                        if not b:
                            break
                        got += b
                    s.close()
                    statuses = len(re.findall(rb"HTTP/1\\.1 [0-9]{3} ", got))
                    print(got.split(b"\\r\\n")[0].decode(), statuses, got.endswith(b"\\n"))
                """);
        try (HttpServer server = echoServer()) {
            String out = peer.exec("python3", script.toString());
            assertEquals(
                    """
                    HTTP/1.1 400 Bad Request 1 True
                    HTTP/1.1 400 Bad Request 1 True
                    HTTP/1.1 400 Bad Request 1 True
                    HTTP/1.1 411 Length Required 1 True
                    HTTP/1.1 413 Content Too Large 1 True
                    HTTP/1.1 414 URI Too Long 1 True
                    HTTP/1.1 431 Request Header Fields Too Large 1 True
                    HTTP/1.1 501 Not Implemented 1 True
                    HTTP/1.1 501 Not Implemented 1 True
                    HTTP/1.1 505 HTTP Version Not Supported 1 True
                    HTTP/1.1 400 Bad Request 1 True
                    """,
                    out,
                    "each answered with its status and a short text, then closed (the request after it unanswered)");
            assertEquals(0, server.count(HttpServer.Counter.REQUESTS), "no malformed request reached the handler");
            assertEquals(11, server.badRequests());
        }
    }

    @Test
    void jnicsClientKeepsItsConnectionToPythonsHttpServerAndReadsChunks() throws Exception {
        Path script = dir.resolve("server.py");
        Files.writeString(script, """
                import http.server
                class Handler(http.server.BaseHTTPRequestHandler):
                    protocol_version = "HTTP/1.1"
                    def answer(self, body):
                        self.send_response(200)
                        self.send_header("Content-Type", "text/plain")
                        self.send_header("Content-Length", str(len(body)))
                        self.end_headers()
                        self.wfile.write(body)
                    def do_GET(self):
                        if self.path != "/chunked":
                            return self.answer(("%s from port %d" % (self.path, self.client_address[1])).encode())
                        self.send_response(200)
                        self.send_header("Transfer-Encoding", "chunked")
                        self.send_header("Trailer", "X-Parts")
                        self.end_headers()
                        for part in [b"hello ", b"in ", b"chunks " * 1000]:
                            self.wfile.write(b"%x;part\\r\\n%s\\r\\n" % (len(part), part))
                        self.wfile.write(b"0\\r\\nX-Parts: 3\\r\\n\\r\\n")
                    def do_POST(self):
                        body = self.rfile.read(int(self.headers["Content-Length"]))
                        self.answer(b"got " + body)
                    def log_message(self, *args):
                        pass
                http.server.ThreadingHTTPServer(("10.214.0.1", 8000), Handler).serve_forever()
                """);
        Process python = peer.start("python3", script.toString());
        try {
            HttpClient c = null;
            for (int attempt = 0; attempt < 50 && c == null; attempt++) {
                try {
                    c = HttpClient.connect(host, KERNEL, 8000, "10.214.0.1").get(10, TimeUnit.SECONDS);
                } catch (ExecutionException notYet) {
                    Thread.sleep(100); // the server is still starting: ECONNREFUSED
                }
            }
            assertTrue(c != null, "Python's server came up");
            String first = c.get("/a").get(10, TimeUnit.SECONDS).bodyText();
            HttpMessage.Response chunked = c.get("/chunked").get(10, TimeUnit.SECONDS);
            HttpMessage.Response posted = c.post("/p", "text/plain", "posted".getBytes(StandardCharsets.UTF_8))
                    .get(10, TimeUnit.SECONDS);
            String last = c.get("/b").get(10, TimeUnit.SECONDS).bodyText();
            assertEquals("hello in " + "chunks ".repeat(1000), chunked.bodyText());
            assertEquals("chunked", chunked.headers().get("transfer-encoding"));
            assertEquals("got posted", posted.bodyText());
            String port = first.substring(first.lastIndexOf(' ') + 1);
            assertEquals("/a from port " + port, first);
            assertEquals("/b from port " + port, last, "the same connection all along");
            c.close();
        } finally {
            python.destroy();
            python.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void hostCommandStylePagesServeCurlWithKeepAlive() throws Exception {
        byte[] page = "<html>kept</html>\n".getBytes(StandardCharsets.UTF_8);
        try (HttpServer server = HttpServer.pages(host, 8080, Map.of("/", page, "/2", page), "text/html")) {
            String out = peer.exec(
                    "curl", "-s", "--max-time", "10", "-w", "%{http_code} %{num_connects}\n", URL + "/", URL + "/2");
            assertEquals("<html>kept</html>\n200 1\n<html>kept</html>\n200 0\n", out);
            assertEquals(1, server.count(HttpServer.Counter.CONNECTIONS));
            String post = peer.exec(
                    "curl", "-s", "--max-time", "10", "-o", "/dev/null", "-w", "%{http_code}", "-d", "x", URL + "/");
            assertEquals("405", post);
        }
    }
}
