package jnic.stack.nio;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.nio.channels.spi.SelectorProvider;
import java.util.Random;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Netty's HTTP/1.1 server, unmodified, on whatever {@link SelectorProvider} it is given: GET
 * /blob/N answers N bytes of {@link #blob}, POST /echo answers the request's body, anything else
 * 404. Keep-alive as the request asks. It counts the connections it accepted.
 */
public final class NettyHttpServer implements AutoCloseable {
    private final EventLoopGroup group;
    private final ChannelFuture bound;
    private final AtomicInteger connections = new AtomicInteger();

    /** Starts listening at {@code at} through {@code provider}, on one event-loop thread made by {@code threads}. */
    public NettyHttpServer(SelectorProvider provider, ThreadFactory threads, InetSocketAddress at)
            throws InterruptedException {
        group = new MultiThreadIoEventLoopGroup(1, threads, NioIoHandler.newFactory(provider));
        ServerBootstrap b = new ServerBootstrap()
                .group(group)
                .channelFactory(() -> new NioServerSocketChannel(provider))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.incrementAndGet();
                        ch.pipeline()
                                .addLast(new HttpServerCodec())
                                .addLast(new HttpObjectAggregator(4 << 20))
                                .addLast(new Handler());
                    }
                });
        bound = b.bind(at);
    }

    /**
     * When the server listens. The bind runs on Netty's thread, which on a loop in virtual time
     * needs the loop driven meanwhile (runUntil this future); {@link #awaitBound} is for loops that
     * run on their own.
     */
    public ChannelFuture bound() {
        return bound;
    }

    /** Waits until the server listens (a loop that runs on its own: wall time, or a started LAN). */
    public NettyHttpServer awaitBound() throws InterruptedException {
        bound.sync();
        return this;
    }

    /** Where it listens, once bound. */
    public InetSocketAddress address() {
        return (InetSocketAddress) bound.channel().localAddress();
    }

    /** The same {@code n} bytes every time (seeded). */
    public static byte[] blob(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    public int connections() {
        return connections.get();
    }

    private static final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            String uri = request.uri();
            FullHttpResponse response;
            if (request.method() == HttpMethod.GET && uri.startsWith("/blob/")) {
                response = ok(blob(Integer.parseInt(uri.substring("/blob/".length()))));
            } else if (request.method() == HttpMethod.POST && uri.equals("/echo")) {
                response = new DefaultFullHttpResponse(
                        HttpVersion.HTTP_1_1,
                        HttpResponseStatus.OK,
                        request.content().retainedDuplicate());
            } else {
                response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND);
            }
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_OCTET_STREAM)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            HttpUtil.setKeepAlive(response, keepAlive);
            var written = ctx.writeAndFlush(response);
            if (!keepAlive) {
                written.addListener(ChannelFutureListener.CLOSE);
            }
        }

        private static FullHttpResponse ok(byte[] body) {
            return new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    @Override
    public void close() {
        closeAsync().syncUninterruptibly();
    }

    /** Closes the listener and stops the event loop; done when both are (drive a virtual-time loop until then). */
    public io.netty.util.concurrent.Future<?> closeAsync() {
        bound.channel().close();
        return group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
    }
}
