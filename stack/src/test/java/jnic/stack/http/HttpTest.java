package jnic.stack.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackHub;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpSocket;
import org.junit.jupiter.api.Test;

class HttpTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host client = net.host("client", seg, "10.0.0.1/24");
    final Host server = net.host("server", seg, "10.0.0.2/24");
    static final byte[] PAGE = "<html><body>hello from jnic</body></html>\n".getBytes(StandardCharsets.UTF_8);

    private HttpMessage.Response get(String path) {
        CompletableFuture<HttpMessage.Response> f = HttpClient.get(client, server.address(), 80, "www.jnic.test", path);
        assertTrue(net.runUntil(f::isDone, 5000));
        return f.join();
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
    }

    @Test
    void aMalformedRequestGets400() throws Exception {
        HttpServer.pages(server, 80, Map.of("/", PAGE), "text/html");
        CompletableFuture<TcpSocket> c = client.tcp().connect(server.address(), 80);
        assertTrue(net.runUntil(c::isDone, 1000));
        byte[] junk = "BLAH\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        c.join().writeAsync(junk, 0, junk.length);
        byte[] answer = new byte[200];
        CompletableFuture<Integer> n = c.join().readAsync(answer, 0, answer.length);
        assertTrue(net.runUntil(n::isDone, 1000));
        assertTrue(
                new String(answer, 0, n.join(), StandardCharsets.US_ASCII).startsWith("HTTP/1.1 400 Bad Request\r\n"));
    }
}
