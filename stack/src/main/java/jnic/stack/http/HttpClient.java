package jnic.stack.http;

import java.net.ProtocolException;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jnic.driver.time.EventLoop;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.Ipv4Address;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.socket.Sockets;
import jnic.stack.tcp.TcpSocket;

/**
 * An HTTP/1.1 client (RFC 9112) on one jnic TCP connection. {@link #get(Host, Ipv4Address, int,
 * String, String)} fetches one page and closes ("Connection: close"); {@link #connect} gives a
 * client that keeps its connection for several requests (RFC 9112 section 9.3).
 *
 * <p>Requests go one at a time: each is written when the response to the one before has been
 * read (no pipelining, a client's choice in section 9.3.2). Responses are read as {@link
 * ResponseParser} says: by Content-Length, chunked (trailer fields parsed and dropped) or to the
 * connection's end, 1xx skipped, no body after HEAD, 204 or 304. When the server closes (its
 * "Connection: close", an HTTP/1.0 answer, or a body read to the end), the requests still queued
 * fail with ECONNRESET; none is retried. Heads are limited to 16 KiB and bodies to 16 MiB; a
 * response that breaks the syntax fails its request with a {@link ProtocolException} and the
 * connection is reset. Everything runs on the host's loop; the calls may come from any thread.
 */
public final class HttpClient implements AutoCloseable {
    static final int MAX_HEAD = 16 * 1024;
    static final long MAX_BODY = 16L << 20;
    /** How long the client waits for a closing server's FIN after the last response. */
    static final long END_OF_STREAM_WAIT_NANOS = 1_000_000_000L;

    private final Host host;
    private final TcpSocket socket;
    private final String hostName;
    private final boolean oneShot;
    private final ResponseParser parser = new ResponseParser(MAX_HEAD, MAX_BODY);
    private final byte[] readBuffer = new byte[16 * 1024];
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private Pending current;
    private int sent;
    private boolean over;

    private record Pending(String method, String target, byte[] bytes, CompletableFuture<HttpMessage.Response> f) {}

    private HttpClient(Host host, TcpSocket socket, String hostName, boolean oneShot) {
        this.host = host;
        this.socket = socket;
        this.hostName = hostName;
        this.oneShot = oneShot;
    }

    /** GETs {@code path} from {@code server}:{@code port}, sending {@code hostName} as the Host field, and closes. */
    public static CompletableFuture<HttpMessage.Response> get(
            Host host, Ipv4Address server, int port, String hostName, String path) {
        return host.tcp()
                .connect(server, port)
                .thenCompose(socket -> new HttpClient(host, socket, hostName, true)
                        .send("GET", path, Map.of("Connection", "close"), null));
    }

    /** Opens a connection to {@code server}:{@code port} for several requests; {@code hostName} is their Host field. */
    public static CompletableFuture<HttpClient> connect(Host host, Ipv4Address server, int port, String hostName) {
        return host.tcp().connect(server, port).thenApply(socket -> new HttpClient(host, socket, hostName, false));
    }

    public CompletableFuture<HttpMessage.Response> get(String path) {
        return send("GET", path, Map.of(), null);
    }

    /** POSTs {@code body} with Content-Length. */
    public CompletableFuture<HttpMessage.Response> post(String path, String contentType, byte[] body) {
        return send("POST", path, Map.of("Content-Type", contentType), body);
    }

    /**
     * Sends a request with these extra header fields and, unless {@code body} is null, that body
     * with its Content-Length; completes with the response.
     */
    public CompletableFuture<HttpMessage.Response> send(
            String method, String path, Map<String, String> headers, byte[] body) {
        byte[] bytes = request(method, path, hostName, headers, body);
        CompletableFuture<HttpMessage.Response> f = new CompletableFuture<>();
        Pending p = new Pending(method, path, bytes, f);
        host.onLoop(() -> {
            queue.add(p);
            if (current == null) {
                nextRequest();
            }
        });
        return f;
    }

    /** A request's bytes: the request line, Host, User-Agent, Accept, {@code headers}, and the body with its length. */
    private static byte[] request(
            String method, String path, String hostName, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(
                method + " " + path + " HTTP/1.1\r\nHost: " + hostName + "\r\nUser-Agent: jnic\r\nAccept: */*\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] h = HttpMessage.ascii(head.append("\r\n").toString());
        if (body == null) {
            return h;
        }
        byte[] bytes = new byte[h.length + body.length];
        System.arraycopy(h, 0, bytes, 0, h.length);
        System.arraycopy(body, 0, bytes, h.length, body.length);
        return bytes;
    }

    /**
     * The same GET as {@link #get(Host, Ipv4Address, int, String, String)} through the descriptor
     * API, as a program would make it from a thread of its own (an application thread of the
     * host's loop, so simulated time waits for it): socket, connect, send the request, recv until
     * the response is whole, then on to the end of the stream (the server closes), close.
     * Narrated as the other is.
     */
    public static HttpMessage.Response fetch(
            Host host, Sockets sockets, Ipv4Address server, int port, String hostName, String path)
            throws SocketError, ProtocolException {
        int fd = sockets.socket(Sockets.Type.STREAM);
        try {
            sockets.connect(fd, server, port);
            byte[] bytes = request("GET", path, hostName, Map.of("Connection", "close"), null);
            trace(
                    host,
                    "connected to " + server + ":" + port + " (descriptor " + fd + "); writes GET " + path + " ("
                            + bytes.length + " bytes)");
            sockets.send(fd, bytes, 0, bytes.length);
            ResponseParser parser = new ResponseParser(MAX_HEAD, MAX_BODY);
            parser.expect("GET");
            byte[] buffer = new byte[16 * 1024];
            boolean ended = false;
            for (; ; ) {
                ResponseParser.Result r = parser.next(ended);
                if (r instanceof ResponseParser.Complete c) {
                    trace(host, readText(c, false));
                    while (!ended && !c.persists()) { // let the server close first (see awaitEndOfStream)
                        ended = sockets.recv(fd, buffer, 0, buffer.length) == 0;
                    }
                    if (ended) {
                        trace(host, "read returns the end of the stream (the server's FIN): closes the socket");
                    }
                    return c.response();
                }
                if (r instanceof ResponseParser.Malformed m) {
                    if (m.cut()) {
                        throw new SocketError(Errno.ECONNRESET, m.why());
                    }
                    throw new ProtocolException(m.why());
                }
                int n = sockets.recv(fd, buffer, 0, buffer.length);
                if (n > 0) {
                    parser.offer(buffer, 0, n);
                }
                ended = n == 0;
            }
        } finally {
            sockets.close(fd);
        }
    }

    /** What the client says when a response is whole. */
    private static String readText(ResponseParser.Complete c, boolean keep) {
        HttpMessage.Response response = c.response();
        return "reads " + response.status() + " " + response.reason() + " and " + response.body().length
                + " bytes of body; "
                + (keep
                        ? "keeps the connection"
                        : !c.persists()
                                ? "the server closes this connection (\"Connection: close\"), so the client"
                                        + " reads on to the end of the stream before it closes"
                                : "closes the socket");
    }

    /** Whether the connection may carry another request: the server has not closed it. Read it on the loop. */
    public boolean open() {
        return !over;
    }

    private void nextRequest() {
        current = queue.poll();
        if (current == null) {
            return;
        }
        if (over) {
            current.f().completeExceptionally(new SocketError(Errno.ECONNRESET, "the server closed the connection"));
            nextRequest();
            return;
        }
        parser.expect(current.method());
        sent++;
        trace((sent == 1
                        ? "connected to " + socket.remoteAddress() + ":" + socket.remotePort() + "; writes "
                        : "writes ")
                + current.method() + " " + current.target() + " (" + current.bytes().length + " bytes)"
                + (sent == 1 ? "" : " on the kept connection"));
        socket.writeAsync(current.bytes(), 0, current.bytes().length).whenComplete((v, e) -> {
            if (e != null) {
                fail(e);
            }
        });
        pump(false);
    }

    /** Parses what has come; reads more while the response is incomplete. */
    private void pump(boolean ended) {
        if (current == null) {
            return;
        }
        ResponseParser.Result r = parser.next(ended);
        if (r instanceof ResponseParser.Complete c) {
            HttpMessage.Response response = c.response();
            boolean keep = c.persists() && !oneShot;
            boolean serverCloses = !c.persists();
            trace(readText(c, keep));
            Pending done = current;
            current = null;
            if (!keep) {
                over = true;
                if (serverCloses && !ended) {
                    awaitEndOfStream();
                } else {
                    socket.close();
                }
            }
            done.f().complete(response);
            nextRequest();
        } else if (r instanceof ResponseParser.Malformed m) {
            fail(m.cut() ? new SocketError(Errno.ECONNRESET, m.why()) : new ProtocolException(m.why()));
        } else {
            socket.readAsync(readBuffer, 0, readBuffer.length).whenComplete((n, e) -> {
                if (e != null) {
                    fail(e);
                    return;
                }
                if (n > 0) {
                    parser.offer(readBuffer, 0, n);
                }
                pump(n < 0);
            });
        }
    }

    /**
     * After the last response of a connection the server closes: the client lets the server close
     * first and closes when its read returns the end of the stream (the server's FIN), so the
     * connection ends in the order RFC 9112 section 9.6 describes and the server, not the client,
     * holds TIME-WAIT. A server that keeps it open longer than {@link #END_OF_STREAM_WAIT_NANOS}
     * is not waited for; bytes after the response are dropped (the response was complete).
     */
    private void awaitEndOfStream() {
        EventLoop.Timer giveUp = host.loop().schedule(END_OF_STREAM_WAIT_NANOS, () -> {
            trace("the server has not closed after " + END_OF_STREAM_WAIT_NANOS / 1_000_000 + " ms; closes the socket");
            socket.close();
        });
        socket.readAsync(readBuffer, 0, readBuffer.length).whenComplete((n, e) -> {
            if (e == null && n >= 0) {
                giveUp.cancel();
                awaitEndOfStream();
                return;
            }
            giveUp.cancel();
            if (e == null) {
                trace("read returns the end of the stream (the server's FIN): closes the socket");
            }
            socket.close();
        });
    }

    /** The connection is of no further use: the request fails, and those queued behind it. */
    private void fail(Throwable e) {
        if (current == null) {
            return;
        }
        over = true;
        socket.abort();
        Pending failed = current;
        current = null;
        failed.f().completeExceptionally(e);
        nextRequest();
    }

    private void trace(String text) {
        trace(host, text);
    }

    private static void trace(Host host, String text) {
        if (host.tracer().enabled()) {
            host.tracer().event(TraceLayer.APPLICATION, "HTTP client: " + text);
        }
    }

    /** Closes the connection (FIN); requests not yet answered fail. */
    @Override
    public void close() {
        host.onLoop(() -> {
            over = true;
            socket.close();
            if (current != null) {
                Pending p = current;
                current = null;
                p.f().completeExceptionally(new SocketError(Errno.ECONNRESET, "the client closed the connection"));
            }
            nextRequest();
        });
    }
}
