package jnic.stack.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import jnic.driver.trace.TraceLayer;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;

/**
 * A minimal HTTP/1.1 server on a jnic TCP listener: one request per connection (it answers with
 * "Connection: close" and closes), GET and HEAD, bodies with Content-Length. Runs on the host's
 * event loop, so it serves in simulated time as well as on a TAP device. Pages come from a map of
 * paths, or from a handler.
 */
public final class HttpServer implements AutoCloseable {
    private final Host host;
    private final TcpListener listener;
    private final Function<HttpMessage.Request, HttpMessage.Response> handler;
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong badRequests = new AtomicLong();

    public HttpServer(Host host, int port, Function<HttpMessage.Request, HttpMessage.Response> handler)
            throws SocketError {
        this.host = host;
        this.listener = host.tcp().listen(port, 64);
        this.handler = handler;
        acceptNext();
    }

    /** Serves {@code pages} (path to body) with the given content type; other paths get 404. */
    public static HttpServer pages(Host host, int port, Map<String, byte[]> pages, String contentType)
            throws SocketError {
        Map<String, byte[]> copy = new ConcurrentHashMap<>(pages);
        return new HttpServer(host, port, request -> {
            byte[] body = copy.get(request.target());
            if (body == null) {
                return new HttpMessage.Response(
                        404,
                        "Not Found",
                        Map.of("content-type", "text/plain"),
                        ("no page at " + request.target() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return new HttpMessage.Response(200, "OK", Map.of("content-type", contentType), body);
        });
    }

    public long served() {
        return served.get();
    }

    public long badRequests() {
        return badRequests.get();
    }

    private void acceptNext() {
        listener.acceptAsync().thenAccept(s -> {
            trace("accept() gives the connection from " + s.remoteAddress() + ":" + s.remotePort()
                    + "; reads the request");
            new Exchange(s).readMore();
            acceptNext();
        });
    }

    private final class Exchange {
        final TcpSocket socket;
        final byte[] head = new byte[HttpMessage.MAX_HEADER];
        int length;

        Exchange(TcpSocket socket) {
            this.socket = socket;
        }

        void readMore() {
            if (length == head.length) {
                respond(new HttpMessage.Response(431, "Request Header Fields Too Large", Map.of(), new byte[0]), false);
                return;
            }
            socket.readAsync(head, length, head.length - length).whenComplete((n, e) -> {
                if (e != null || n < 0) {
                    socket.close();
                    return;
                }
                length += n;
                int end = HttpMessage.headerEnd(head, length);
                if (end < 0) {
                    readMore();
                    return;
                }
                HttpMessage.Request request;
                try {
                    request = HttpMessage.parseRequest(head, end);
                } catch (IllegalArgumentException bad) {
                    respond(
                            new HttpMessage.Response(
                                    400,
                                    "Bad Request",
                                    Map.of(),
                                    (bad.getMessage() + "\n").getBytes(StandardCharsets.UTF_8)),
                            false);
                    return;
                }
                boolean headOnly = request.method().equals("HEAD");
                if (!headOnly && !request.method().equals("GET")) {
                    respond(new HttpMessage.Response(501, "Not Implemented", Map.of(), new byte[0]), false);
                    return;
                }
                trace("reads " + request.method() + " " + request.target() + " (" + end + " bytes of request header)");
                respond(handler.apply(request), headOnly);
            });
        }

        void respond(HttpMessage.Response r, boolean headOnly) {
            if (r.status() >= 400) {
                badRequests.incrementAndGet();
            } else {
                served.incrementAndGet();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(HttpMessage.ascii("HTTP/1.1 " + r.status() + " " + r.reason() + "\r\n"));
            r.headers().forEach((k, v) -> out.writeBytes(HttpMessage.ascii(k + ": " + v + "\r\n")));
            out.writeBytes(HttpMessage.ascii("content-length: " + r.body().length + "\r\nconnection: close\r\n\r\n"));
            if (!headOnly) {
                out.writeBytes(r.body());
            }
            byte[] bytes = out.toByteArray();
            trace("answers " + r.status() + " " + r.reason() + " (" + bytes.length
                    + " bytes with the header) and closes the socket");
            socket.writeAsync(bytes, 0, bytes.length).whenComplete((v, e) -> socket.close());
        }
    }

    private void trace(String text) {
        if (host.tracer().enabled()) {
            host.tracer().event(TraceLayer.APPLICATION, "HTTP server: " + text);
        }
    }

    @Override
    public void close() {
        listener.close();
    }
}
