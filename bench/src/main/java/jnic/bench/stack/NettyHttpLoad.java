package jnic.bench.stack;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.nio.channels.spi.SelectorProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Netty's HTTP/1.1 client, unmodified, on whatever provider it is given: one kept-alive connection,
 * {@code requests} GETs of {@code path} one after the other. Completes with the response bytes
 * received, or fails on a status other than 200 or a body of another length.
 */
final class NettyHttpLoad implements AutoCloseable {
    private final EventLoopGroup group;

    NettyHttpLoad(SelectorProvider provider, ThreadFactory threads) {
        group = new MultiThreadIoEventLoopGroup(1, threads, NioIoHandler.newFactory(provider));
    }

    CompletableFuture<Long> get(
            SelectorProvider provider, InetSocketAddress server, String path, int bodyBytes, int requests) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        ChannelFuture connected = new Bootstrap()
                .group(group)
                .channelFactory(() -> new NioSocketChannel(provider))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new HttpClientCodec())
                                .addLast(new HttpObjectAggregator(8 << 20))
                                .addLast(new SimpleChannelInboundHandler<FullHttpResponse>() {
                                    private int answered;
                                    private long bytes;

                                    @Override
                                    public void channelActive(ChannelHandlerContext ctx) {
                                        send(ctx);
                                    }

                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse r) {
                                        if (r.status().code() != 200
                                                || r.content().readableBytes() != bodyBytes) {
                                            done.completeExceptionally(
                                                    new IllegalStateException("answer " + answered + ": " + r.status()
                                                            + ", " + r.content().readableBytes() + " bytes"));
                                            ctx.close();
                                            return;
                                        }
                                        bytes += bodyBytes;
                                        if (++answered == requests) {
                                            done.complete(bytes);
                                            ctx.close();
                                        } else {
                                            send(ctx);
                                        }
                                    }

                                    private void send(ChannelHandlerContext ctx) {
                                        var request =
                                                new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, path);
                                        request.headers().set(HttpHeaderNames.HOST, server.getHostString());
                                        ctx.writeAndFlush(request);
                                    }

                                    @Override
                                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                        done.completeExceptionally(cause);
                                        ctx.close();
                                    }
                                });
                    }
                })
                .connect(server);
        connected.addListener(f -> {
            if (!f.isSuccess()) {
                done.completeExceptionally(f.cause());
            }
        });
        return done;
    }

    /** Stops the event loop; done when it has (drive a virtual-time loop until then). */
    io.netty.util.concurrent.Future<?> closeAsync() {
        return group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        closeAsync().syncUninterruptibly();
    }
}
