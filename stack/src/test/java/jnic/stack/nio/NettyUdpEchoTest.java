package jnic.stack.nio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import org.junit.jupiter.api.Test;

/**
 * Netty's UDP (NioDatagramChannel), unmodified, on both ends of a simulated cable that loses 10 %
 * of its frames: an echo server on one host, a client on the other sending 300 numbered datagrams
 * a millisecond apart. Netty's event loops are application threads of the LAN and the test drives
 * it, so the run is the same every time. The reference is arithmetic: a datagram comes back when
 * neither its frame nor its echo's was lost, so (1 - 0.1)^2 = 81 % of them, within 4.5 standard
 * deviations of the binomial; each echo that comes back is byte for byte what was sent. A second
 * run with the same seed gets back the same datagrams.
 */
class NettyUdpEchoTest {
    private static final int DATAGRAMS = 300;
    private static final double LOSS = 0.1;
    private static final long MILLISECOND = 1_000_000;

    @Test
    void nettysDatagramEchoLosesWhatTheLineLosesAndNothingElse() throws Exception {
        java.util.Set<Integer> first = echoOverALossyLine();
        assertEquals(first, echoOverALossyLine(), "a second run with the same seed loses the same datagrams");
    }

    /** Runs the echo; returns the numbers of the datagrams that came back. */
    private static java.util.Set<Integer> echoOverALossyLine() throws Exception {
        SimLan.Options options = SimLan.Options.cable(SimLan.Build.FAST).withImpairments(0, LOSS, 42);
        try (SimLan lan = SimLan.create(options)) {
            Host client = new Host("client", lan, HostConfig.DEFAULT.withSeed(1));
            Host server = new Host("server", lan, HostConfig.DEFAULT.withSeed(2));
            client.attach(lan.open(0, SimNic.Config.defaults()), InterfaceAddress.parse("192.168.9.2/24"));
            server.attach(lan.open(1, SimNic.Config.defaults()), InterfaceAddress.parse("192.168.9.1/24"));
            JnicSelectorProvider serverProvider = new JnicSelectorProvider(server);
            JnicSelectorProvider clientProvider = new JnicSelectorProvider(client);
            EventLoopGroup serverLoop = new MultiThreadIoEventLoopGroup(
                    1, lan.applicationThreads("echo"), NioIoHandler.newFactory(serverProvider));
            EventLoopGroup clientLoop = new MultiThreadIoEventLoopGroup(
                    1, lan.applicationThreads("client"), NioIoHandler.newFactory(clientProvider));
            try {
                InetSocketAddress at = Addresses.socketAddress(server.address(), 7);
                ChannelFuture echo = new Bootstrap()
                        .group(serverLoop)
                        .channelFactory(() -> new NioDatagramChannel(serverProvider))
                        .handler(new SimpleChannelInboundHandler<DatagramPacket>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket p) {
                                ctx.writeAndFlush(new DatagramPacket(p.content().retain(), p.sender()));
                            }
                        })
                        .bind(at);
                Map<Integer, byte[]> echoed = new ConcurrentHashMap<>();
                AtomicInteger duplicates = new AtomicInteger();
                ChannelFuture sender = new Bootstrap()
                        .group(clientLoop)
                        .channelFactory(() -> new NioDatagramChannel(clientProvider))
                        .handler(new SimpleChannelInboundHandler<DatagramPacket>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket p) {
                                byte[] b = ByteBufUtil.getBytes(p.content());
                                if (echoed.put(ByteBuffer.wrap(b).getInt(), b) != null) {
                                    duplicates.incrementAndGet();
                                }
                            }
                        })
                        .bind(Addresses.socketAddress(client.address(), 0));
                assertTrue(lan.runUntil(() -> echo.isDone() && sender.isDone(), 10 * MILLISECOND));
                assertTrue(echo.isSuccess() && sender.isSuccess(), echo.cause() + " " + sender.cause());
                // Both hosts learn each other's station address first (ARP asks again only after a
                // second, as Linux does, and the line may lose a request or a reply).
                var ping = client.icmp().ping(server.address(), 10, Duration.ofMillis(200), 56, Duration.ofMillis(100));
                assertTrue(lan.runUntil(ping::isDone, 10_000 * MILLISECOND));
                assertTrue(ping.join().received() > 0, ping.join().toString());
                Channel ch = sender.channel();
                Random random = new Random(5);
                byte[][] sent = new byte[DATAGRAMS][];
                for (int i = 0; i < DATAGRAMS; i++) {
                    sent[i] = new byte[64 + random.nextInt(1000)];
                    random.nextBytes(sent[i]);
                    ByteBuffer.wrap(sent[i]).putInt(i);
                    ByteBuf content = Unpooled.wrappedBuffer(sent[i]);
                    ch.writeAndFlush(new DatagramPacket(content, at));
                    lan.runFor(MILLISECOND);
                }
                lan.runFor(50 * MILLISECOND); // the last echoes come home
                for (Map.Entry<Integer, byte[]> e : echoed.entrySet()) {
                    assertArrayEquals(sent[e.getKey()], e.getValue(), "echo of datagram " + e.getKey());
                }
                assertEquals(0, duplicates.get(), "no datagram came back twice");
                double expected = DATAGRAMS * (1 - LOSS) * (1 - LOSS);
                double sd = Math.sqrt(expected * (1 - (1 - LOSS) * (1 - LOSS)));
                int back = echoed.size();
                assertTrue(
                        Math.abs(back - expected) < 4.5 * sd,
                        back + " of " + DATAGRAMS + " came back; the line's loss predicts " + expected + " ± " + sd);
                assertTrue(back < DATAGRAMS, "the line lost some: " + back);
                return new java.util.TreeSet<>(echoed.keySet());
            } finally {
                serverLoop.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS);
                clientLoop.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS);
                lan.runFor(10 * MILLISECOND);
            }
        }
    }
}
