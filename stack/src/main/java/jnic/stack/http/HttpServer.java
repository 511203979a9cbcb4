package jnic.stack.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import jnic.driver.time.EventLoop;
import jnic.driver.trace.TraceLayer;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import jnic.stack.tcp.TcpState;

/**
 * An HTTP/1.1 origin server (RFC 9112, RFC 9110) on a jnic TCP listener. It runs on the host's
 * event loop, so it serves in simulated time as well as on a TAP device.
 *
 * <p>Connections persist (RFC 9112 section 9.3): an HTTP/1.1 connection carries requests until
 * either side sends "Connection: close"; an HTTP/1.0 one only when the request asks for
 * keep-alive. Pipelined requests are read one after another and answered in order: the next
 * request is parsed only when the previous response has been written. A connection that waits for
 * a request longer than {@link Config#idleTimeout()} (5 s by default) is closed; one that stops
 * sending in the middle of a request for that long gets 408. After {@link
 * Config#maxRequestsPerConnection()} requests (100 by default) the last response says
 * "Connection: close".
 *
 * <p>Bodies: a request's comes by Content-Length or chunked (the handler gets it decoded, up to
 * {@link Config#maxBodyBytes()}, 1 MiB by default; longer is 413); "Expect: 100-continue" is
 * answered with 100 before the body is read. A response the handler gives whole goes with
 * Content-Length; one it streams ({@link Exchange#stream}) goes chunked to an HTTP/1.1 client and,
 * to an HTTP/1.0 one, without a length, the connection's end closing it.
 *
 * <p>What the server refuses itself ({@link RequestParser} lists it: 400, 408, 411, 413, 414, 417,
 * 431, 501, 505) it answers with a short text body and "Connection: close", counts ({@link
 * Counter}), and then closes: it sends its FIN first and reads on, discarding, until the client's
 * FIN or 2 s, so that a reset does not destroy the answer before the client reads it (RFC 9112
 * section 9.6). Every other close ends the same way. Nothing a client sends makes it throw.
 *
 * <p>Choices where the RFCs leave one: no Date field (RFC 9110 section 6.6.1 asks it of servers
 * with a clock; this one also runs in simulated time, where it has none); the response version is
 * HTTP/1.1 whatever the request's; methods are GET, HEAD, POST, PUT, DELETE and OPTIONS, all given
 * to the handler.
 */
public final class HttpServer implements AutoCloseable {
    /** How long a closing connection waits for the client's FIN before it resets. */
    private static final long LINGER_NANOS = 2_000_000_000L;

    private static final int MAX_LINGER_CHECKS = 30;

    /** The server's limits. */
    public record Config(
            int maxRequestLine,
            int maxHeaderBytes,
            long maxBodyBytes,
            Duration idleTimeout,
            int maxRequestsPerConnection) {
        /**
         * 8 KiB request lines (RFC 9112 section 3 asks for at least 8000 octets), 16 KiB of header
         * fields, 1 MiB bodies, 5 s idle, 100 requests a connection.
         */
        public static final Config DEFAULT = new Config(8192, 16 * 1024, 1 << 20, Duration.ofSeconds(5), 100);

        public Config {
            if (maxRequestLine < 16 || maxHeaderBytes < 16 || maxBodyBytes < 0 || maxRequestsPerConnection < 1) {
                throw new IllegalArgumentException("limits too small: " + maxRequestLine + " byte request lines, "
                        + maxHeaderBytes + " bytes of fields, " + maxBodyBytes + " byte bodies, "
                        + maxRequestsPerConnection + " requests a connection");
            }
            if (idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("the idle timeout must be positive, not " + idleTimeout);
            }
        }

        public Config withMaxRequestLine(int bytes) {
            return new Config(bytes, maxHeaderBytes, maxBodyBytes, idleTimeout, maxRequestsPerConnection);
        }

        public Config withMaxHeaderBytes(int bytes) {
            return new Config(maxRequestLine, bytes, maxBodyBytes, idleTimeout, maxRequestsPerConnection);
        }

        public Config withMaxBodyBytes(long bytes) {
            return new Config(maxRequestLine, maxHeaderBytes, bytes, idleTimeout, maxRequestsPerConnection);
        }

        public Config withIdleTimeout(Duration t) {
            return new Config(maxRequestLine, maxHeaderBytes, maxBodyBytes, t, maxRequestsPerConnection);
        }

        public Config withMaxRequestsPerConnection(int n) {
            return new Config(maxRequestLine, maxHeaderBytes, maxBodyBytes, idleTimeout, n);
        }
    }

    /** What the server counts. The refusals are named by the status they are answered with. */
    public enum Counter {
        /** Connections accepted. */
        CONNECTIONS(0),
        /** Whole requests given to the handler. */
        REQUESTS(0),
        /** Of those, the ones that came on a connection that had carried a request before. */
        REUSED_CONNECTION(0),
        BAD_REQUEST(400),
        REQUEST_TIMEOUT(408),
        LENGTH_REQUIRED(411),
        CONTENT_TOO_LARGE(413),
        URI_TOO_LONG(414),
        EXPECTATION_FAILED(417),
        HEADER_FIELDS_TOO_LARGE(431),
        NOT_IMPLEMENTED(501),
        VERSION_NOT_SUPPORTED(505),
        /** The handler threw: 500, or a reset when its response had begun. */
        HANDLER_FAILED(500),
        /** Connections closed after waiting {@link Config#idleTimeout()} for a request. */
        IDLE_CLOSED(0),
        /** Connections closed after {@link Config#maxRequestsPerConnection()} requests. */
        REQUEST_LIMIT_CLOSED(0),
        /** Connections the client closed or reset in the middle of a request. */
        CLIENT_GONE_MID_REQUEST(0);

        private final int status;

        Counter(int status) {
            this.status = status;
        }

        /** The status a refusal counted here is answered with; 0 for the other counters. */
        public int status() {
            return status;
        }

        static Counter forStatus(int status) {
            for (Counter c : values()) {
                if (c.status == status) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no counter for status " + status);
        }
    }

    /** Answers requests; runs on the host's loop and must call one of {@code exchange}'s methods once, now or later. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpMessage.Request request, Exchange exchange);
    }

    /** A handler's way to answer one request. Callable from any thread. */
    public interface Exchange {
        /** Sends a whole response, with Content-Length. */
        void respond(HttpMessage.Response response);

        /** Starts a response whose body is written in pieces and whose length is not known up front. */
        StreamedBody stream(int status, Map<String, String> headers);
    }

    /** The body of a streamed response: chunked to an HTTP/1.1 client (RFC 9112 section 7.1). Callable from any thread, in order. */
    public interface StreamedBody {
        /** Sends {@code data} as one chunk; completes when it is in the send buffer (so it flows as fast as the client reads). */
        CompletableFuture<Void> write(byte[] data);

        /** Ends the body (the last chunk); completes when it is in the send buffer. */
        CompletableFuture<Void> end();
    }

    private final Host host;
    private final Config config;
    private final TcpListener listener;
    private final Handler handler;
    private final AtomicLongArray counters = new AtomicLongArray(Counter.values().length);
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong badRequests = new AtomicLong();
    private final Set<Connection> connections = new HashSet<>();
    private volatile boolean closed;

    /** A server whose handler gives each response whole. */
    public HttpServer(Host host, int port, Function<HttpMessage.Request, HttpMessage.Response> handler)
            throws SocketError {
        this(host, port, Config.DEFAULT, (request, exchange) -> exchange.respond(handler.apply(request)));
    }

    public HttpServer(Host host, int port, Config config, Handler handler) throws SocketError {
        this.host = host;
        this.config = config;
        this.listener = host.tcp().listen(port, 64);
        this.handler = handler;
        acceptNext();
    }

    /** Serves {@code pages} (path to body) with the given content type to GET and HEAD; other paths get 404, other methods 405. */
    public static HttpServer pages(Host host, int port, Map<String, byte[]> pages, String contentType)
            throws SocketError {
        Map<String, byte[]> copy = new ConcurrentHashMap<>(pages);
        return new HttpServer(host, port, request -> {
            if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
                return new HttpMessage.Response(
                        405,
                        "Method Not Allowed",
                        Map.of("content-type", "text/plain", "allow", "GET, HEAD"),
                        (request.method() + " is not allowed here\n").getBytes(StandardCharsets.UTF_8));
            }
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

    /** Responses with a status below 400. */
    public long served() {
        return served.get();
    }

    /** Responses with a status of 400 or more: the handler's (404, ...) and the server's refusals. */
    public long badRequests() {
        return badRequests.get();
    }

    public long count(Counter c) {
        return counters.get(c.ordinal());
    }

    /** The counters that are not 0. */
    public Map<Counter, Long> counters() {
        Map<Counter, Long> m = new LinkedHashMap<>();
        for (Counter c : Counter.values()) {
            if (count(c) != 0) {
                m.put(c, count(c));
            }
        }
        return m;
    }

    private void increment(Counter c) {
        counters.incrementAndGet(c.ordinal());
    }

    private void acceptNext() {
        listener.acceptAsync().thenAccept(s -> {
            increment(Counter.CONNECTIONS);
            trace("accept() gives the connection from " + s.remoteAddress() + ":" + s.remotePort()
                    + "; reads the request");
            Connection c = new Connection(s);
            connections.add(c);
            c.proceed();
            acceptNext();
        });
    }

    /** One client's connection: the requests on it, one at a time. Lives on the loop. */
    private final class Connection {
        final TcpSocket socket;
        final RequestParser parser =
                new RequestParser(config.maxRequestLine(), config.maxHeaderBytes(), config.maxBodyBytes());
        final byte[] readBuffer = new byte[16 * 1024];
        int requests;
        boolean reading;
        boolean closing;
        int lingerChecks;
        EventLoop.Timer timer;

        Connection(TcpSocket socket) {
            this.socket = socket;
        }

        /** Ready for the next request: parses what has come, or reads more. */
        void proceed() {
            if (closing) {
                return;
            }
            RequestParser.Result r = parser.next();
            if (r instanceof RequestParser.Complete c) {
                handle(c.request());
            } else if (r instanceof RequestParser.Refused f) {
                refuse(f.status(), f.why());
            } else {
                if (((RequestParser.Incomplete) r).sendContinue()) {
                    byte[] interim = HttpMessage.ascii("HTTP/1.1 100 Continue\r\n\r\n");
                    socket.writeAsync(interim, 0, interim.length);
                }
                read();
            }
        }

        void read() {
            timer = host.loop().schedule(config.idleTimeout().toNanos(), this::timedOut);
            reading = true;
            socket.readAsync(readBuffer, 0, readBuffer.length).whenComplete(this::received);
        }

        void received(Integer n, Throwable e) {
            reading = false;
            if (closing) {
                if (e != null || n < 0) {
                    finished();
                } else {
                    drain();
                }
                return;
            }
            cancelTimer();
            if (e != null || n < 0) {
                if (parser.inRequest()) {
                    increment(Counter.CLIENT_GONE_MID_REQUEST);
                }
                closeNow(e != null);
                return;
            }
            parser.offer(readBuffer, 0, n);
            proceed();
        }

        void timedOut() {
            timer = null;
            if (closing) {
                return;
            }
            if (parser.inRequest()) {
                refuse(408, "no byte of the request for " + config.idleTimeout().toMillis() + " ms");
            } else {
                increment(Counter.IDLE_CLOSED);
                trace("closes the connection from " + socket.remoteAddress() + ":" + socket.remotePort() + " after "
                        + config.idleTimeout().toMillis() + " ms without a request");
                lingeringClose();
            }
        }

        void handle(HttpMessage.Request request) {
            requests++;
            increment(Counter.REQUESTS);
            if (requests > 1) {
                increment(Counter.REUSED_CONNECTION);
            }
            boolean persist = HttpMessage.persists(request.version(), request.headers()) && !closed;
            if (persist && requests >= config.maxRequestsPerConnection()) {
                increment(Counter.REQUEST_LIMIT_CLOSED);
                persist = false;
            }
            trace("reads " + request.method() + " " + request.target() + " (" + request.version() + ", "
                    + request.body().length + " bytes of body)");
            Reply reply = new Reply(request, persist);
            try {
                handler.handle(request, reply);
            } catch (RuntimeException failure) {
                increment(Counter.HANDLER_FAILED);
                trace("the handler failed: " + failure);
                if (reply.answered.compareAndSet(false, true)) {
                    send(request, HttpMessage.Response.text(500, "the handler failed\n"), false);
                } else {
                    closeNow(true);
                }
            }
        }

        void refuse(int status, String why) {
            increment(Counter.forStatus(status));
            trace("refuses the request: " + status + " " + HttpMessage.reason(status) + ", " + why);
            send(null, HttpMessage.Response.text(status, why + "\n"), false);
        }

        /** Writes a whole response (to {@code request}, or to bytes that were no request when null). */
        void send(HttpMessage.Request request, HttpMessage.Response r, boolean persist) {
            if (closing) {
                return;
            }
            boolean bodiless = r.status() < 200 || r.status() == 204 || r.status() == 304;
            persist &= !asksToClose(r.headers());
            StringBuilder head = head(r.status(), r.reason(), r.headers());
            if (!bodiless) {
                head.append("content-length: ").append(r.body().length).append("\r\n");
            }
            connectionField(head, request, persist);
            byte[] h = HttpMessage.ascii(head.append("\r\n").toString());
            boolean withBody =
                    !bodiless && (request == null || !request.method().equals("HEAD"));
            byte[] bytes = new byte[h.length + (withBody ? r.body().length : 0)];
            System.arraycopy(h, 0, bytes, 0, h.length);
            if (withBody) {
                System.arraycopy(r.body(), 0, bytes, h.length, r.body().length);
            }
            count(r.status());
            boolean keep = persist;
            trace("answers " + r.status() + " " + r.reason() + " (" + bytes.length + " bytes with the header)"
                    + (keep ? "; keeps the connection" : " and closes the socket"));
            socket.writeAsync(bytes, 0, bytes.length).whenComplete((v, e) -> responded(keep, e));
        }

        /** Whether the handler's header fields say "Connection: close" (names in any case). */
        boolean asksToClose(Map<String, String> headers) {
            return headers.entrySet().stream()
                    .anyMatch(f -> f.getKey().equalsIgnoreCase("connection")
                            && HttpMessage.list(f.getValue()).contains("close"));
        }

        StringBuilder head(int status, String reason, Map<String, String> headers) {
            StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + reason + "\r\n");
            headers.forEach((k, v) -> {
                String name = k.toLowerCase(java.util.Locale.ROOT);
                if (!name.equals("content-length") && !name.equals("transfer-encoding") && !name.equals("connection")) {
                    head.append(k).append(": ").append(v).append("\r\n");
                }
            });
            return head;
        }

        void connectionField(StringBuilder head, HttpMessage.Request request, boolean persist) {
            if (!persist) {
                head.append("connection: close\r\n");
            } else if (request.version().equals("HTTP/1.0")) {
                head.append("connection: keep-alive\r\n");
            }
        }

        void count(int status) {
            if (status >= 400) {
                badRequests.incrementAndGet();
            } else {
                served.incrementAndGet();
            }
        }

        /** The response is in the send buffer: the next request, or the end. */
        void responded(boolean persist, Throwable e) {
            if (e != null) {
                closeNow(true);
            } else if (!persist || closed) {
                lingeringClose();
            } else {
                host.loop().execute(this::proceed); // not nested: pipelined requests would deepen the stack
            }
        }

        /** Half-closes, then reads and discards until the client's FIN (RFC 9112 section 9.6). */
        void lingeringClose() {
            if (closing) {
                return;
            }
            closing = true;
            cancelTimer();
            socket.shutdownOutput();
            timer = host.loop().schedule(LINGER_NANOS, this::lingered);
            if (!reading) {
                drain();
            }
        }

        void drain() {
            reading = true;
            socket.readAsync(readBuffer, 0, readBuffer.length).whenComplete(this::received);
        }

        /** The client has not closed 2 s after our FIN: a reset once it has everything we sent. */
        void lingered() {
            timer = null;
            TcpState s = socket.state();
            if (s == TcpState.CLOSED || s == TcpState.TIME_WAIT) {
                finished();
            } else if (s == TcpState.FIN_WAIT_2 || ++lingerChecks >= MAX_LINGER_CHECKS) {
                socket.abort(); // all we sent is acknowledged (or the client has not read it for a minute)
                finished();
            } else {
                timer = host.loop().schedule(LINGER_NANOS, this::lingered);
            }
        }

        /** Closes at once: after the client's close or reset, or an error. */
        void closeNow(boolean reset) {
            closing = true;
            if (reset) {
                socket.abort();
            } else {
                socket.close();
            }
            finished();
        }

        void finished() {
            closing = true;
            cancelTimer();
            connections.remove(this);
        }

        void cancelTimer() {
            if (timer != null) {
                timer.cancel();
                timer = null;
            }
        }

        /** The handler's side of one request. */
        private final class Reply implements Exchange {
            final HttpMessage.Request request;
            final boolean persist;
            final AtomicBoolean answered = new AtomicBoolean();

            Reply(HttpMessage.Request request, boolean persist) {
                this.request = request;
                this.persist = persist;
            }

            private void once() {
                if (!answered.compareAndSet(false, true)) {
                    throw new IllegalStateException("this request has been answered already");
                }
            }

            @Override
            public void respond(HttpMessage.Response response) {
                once();
                host.onLoop(() -> send(request, response, persist));
            }

            @Override
            public StreamedBody stream(int status, Map<String, String> headers) {
                once();
                Streamed body = new Streamed(request, status, headers, persist);
                host.onLoop(body::start);
                return body;
            }
        }

        /** A response body written in pieces: chunked, or to the connection's end for HTTP/1.0. */
        private final class Streamed implements StreamedBody {
            final HttpMessage.Request request;
            final int status;
            final Map<String, String> headers;
            final boolean chunked;
            final boolean bodiless;
            final boolean persist;
            boolean ended;

            Streamed(HttpMessage.Request request, int status, Map<String, String> headers, boolean persist) {
                this.request = request;
                this.status = status;
                this.headers = Map.copyOf(headers);
                this.chunked = !request.version().equals("HTTP/1.0");
                this.bodiless = request.method().equals("HEAD") || status < 200 || status == 204 || status == 304;
                this.persist = persist && chunked && !asksToClose(headers);
            }

            void start() {
                if (closing) {
                    return;
                }
                StringBuilder head = head(status, HttpMessage.reason(status), headers);
                if (chunked && status >= 200 && status != 204 && status != 304) {
                    head.append("transfer-encoding: chunked\r\n");
                }
                connectionField(head, request, persist);
                byte[] h = HttpMessage.ascii(head.append("\r\n").toString());
                count(status);
                trace("answers " + status + " " + HttpMessage.reason(status) + ", its body streamed"
                        + (chunked ? " in chunks" : " to the connection's end"));
                socket.writeAsync(h, 0, h.length);
            }

            @Override
            public CompletableFuture<Void> write(byte[] data) {
                CompletableFuture<Void> f = new CompletableFuture<>();
                host.onLoop(() -> {
                    if (ended) {
                        f.completeExceptionally(new IllegalStateException("the body has ended"));
                    } else if (closing) {
                        f.completeExceptionally(new SocketError(Errno.EPIPE, "the connection is closed"));
                    } else if (data.length == 0 || bodiless) {
                        f.complete(null); // an empty chunk would end the body
                    } else {
                        byte[] bytes = chunked ? ChunkedCoding.chunk(data, 0, data.length) : data.clone();
                        forward(socket.writeAsync(bytes, 0, bytes.length), f);
                    }
                });
                return f;
            }

            @Override
            public CompletableFuture<Void> end() {
                CompletableFuture<Void> f = new CompletableFuture<>();
                host.onLoop(() -> {
                    if (ended) {
                        f.completeExceptionally(new IllegalStateException("the body has ended"));
                        return;
                    }
                    ended = true;
                    if (closing) {
                        f.completeExceptionally(new SocketError(Errno.EPIPE, "the connection is closed"));
                        return;
                    }
                    byte[] last = chunked && !bodiless ? ChunkedCoding.last(Map.of()) : new byte[0];
                    CompletableFuture<Void> w = socket.writeAsync(last, 0, last.length);
                    w.whenComplete((v, e) -> responded(persist, e));
                    forward(w, f);
                });
                return f;
            }

            private void forward(CompletableFuture<Void> from, CompletableFuture<Void> to) {
                from.whenComplete((v, e) -> {
                    if (e != null) {
                        to.completeExceptionally(e);
                        closeNow(true);
                    } else {
                        to.complete(null);
                    }
                });
            }
        }
    }

    private void trace(String text) {
        if (host.tracer().enabled()) {
            host.tracer().event(TraceLayer.APPLICATION, "HTTP server: " + text);
        }
    }

    /** Stops accepting; open connections close as after "Connection: close". */
    @Override
    public void close() {
        closed = true;
        listener.close();
        host.onLoop(() -> {
            for (Connection c : List.copyOf(connections)) {
                if (!c.reading || c.closing) {
                    continue; // a response is being made: it will say close
                }
                c.cancelTimer();
                c.lingeringClose();
            }
        });
    }
}
