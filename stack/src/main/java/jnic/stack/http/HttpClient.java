package jnic.stack.http;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.Ipv4Address;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpSocket;

/** A minimal HTTP/1.1 client: GET with "Connection: close", the body read by Content-Length (or to the end). */
public final class HttpClient {
    private HttpClient() {}

    /** GETs {@code path} from {@code server}:{@code port}, sending {@code hostName} as the Host field. */
    public static CompletableFuture<HttpMessage.Response> get(
            Host host, Ipv4Address server, int port, String hostName, String path) {
        CompletableFuture<HttpMessage.Response> result = new CompletableFuture<>();
        host.tcp().connect(server, port).whenComplete((socket, e) -> {
            if (e != null) {
                result.completeExceptionally(e.getCause() != null ? e.getCause() : e);
                return;
            }
            byte[] request = HttpMessage.ascii("GET " + path + " HTTP/1.1\r\nHost: " + hostName
                    + "\r\nUser-Agent: jnic\r\nAccept: */*\r\nConnection: close\r\n\r\n");
            if (host.tracer().enabled()) {
                host.tracer()
                        .event(
                                TraceLayer.APPLICATION,
                                "HTTP client: connected to " + server + ":" + port + "; writes GET " + path + " ("
                                        + request.length + " bytes)");
            }
            socket.writeAsync(request, 0, request.length);
            new Reader(host, socket, result).next();
        });
        return result;
    }

    private static final class Reader {
        final Host host;
        final TcpSocket socket;
        final CompletableFuture<HttpMessage.Response> result;
        byte[] buffer = new byte[4096];
        int length;

        Reader(Host host, TcpSocket socket, CompletableFuture<HttpMessage.Response> result) {
            this.host = host;
            this.socket = socket;
            this.result = result;
        }

        void next() {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            socket.readAsync(buffer, length, buffer.length - length).whenComplete((n, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                    return;
                }
                if (n > 0) {
                    length += n;
                }
                int end = HttpMessage.headerEnd(buffer, length);
                try {
                    if (end >= 0) {
                        HttpMessage.Response head = HttpMessage.parseResponseHead(buffer, end);
                        boolean framed = head.headers().containsKey("content-length");
                        int want = framed ? HttpMessage.contentLength(head.headers()) : Integer.MAX_VALUE;
                        if (length - end >= want || n < 0) {
                            if (n < 0 && framed && length - end < want) {
                                throw new SocketError(
                                        Errno.ECONNRESET,
                                        "the body ended after " + (length - end) + " of " + want + " bytes");
                            }
                            byte[] body = Arrays.copyOfRange(buffer, end, end + Math.min(want, length - end));
                            if (host.tracer().enabled()) {
                                host.tracer()
                                        .event(
                                                TraceLayer.APPLICATION,
                                                "HTTP client: reads " + head.status() + " " + head.reason() + " and "
                                                        + body.length + " bytes of body; closes the socket");
                            }
                            socket.close();
                            result.complete(
                                    new HttpMessage.Response(head.status(), head.reason(), head.headers(), body));
                            return;
                        }
                    } else if (n < 0 || length > HttpMessage.MAX_HEADER) {
                        throw new SocketError(Errno.ECONNRESET, "the connection ended before a whole response header");
                    }
                    next();
                } catch (SocketError | IllegalArgumentException bad) {
                    socket.abort();
                    result.completeExceptionally(bad);
                }
            });
        }
    }
}
