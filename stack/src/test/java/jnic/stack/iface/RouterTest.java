package jnic.stack.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Ipv4Prefix;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.icmp.EchoReply;
import jnic.stack.icmp.PingSummary;
import jnic.stack.udp.UdpSocket;
import org.junit.jupiter.api.Test;

/** Three hosts, a router between two segments: a (10.0.1.2) — r (10.0.1.1 | 10.0.2.1) — b (10.0.2.2). */
class RouterTest {
    final TestNet net = new TestNet();
    final LoopbackHub left = net.segment();
    final LoopbackHub right = net.segment();
    final Host a = net.host("a", left, "10.0.1.2/24");
    final Host r = net.host(
            "r", left, "10.0.1.1/24", HostConfig.DEFAULT.withForwarding(true).withSeed(7));
    final Host b = net.host("b", right, "10.0.2.2/24");
    static final Ipv4Address B = Ipv4Address.parse("10.0.2.2");

    RouterTest() {
        net.attach(r, right, "10.0.2.1/24");
        a.setDefaultGateway(Ipv4Address.parse("10.0.1.1"));
        b.setDefaultGateway(Ipv4Address.parse("10.0.2.1"));
    }

    @Test
    void pingCrossesTheRouterWithTtlDecrementedOnce() {
        CompletableFuture<PingSummary> f = a.icmp().ping(B, 5, Duration.ofSeconds(1), 100, Duration.ofSeconds(2));
        assertTrue(net.runUntil(f::isDone, 10_000));
        PingSummary s = f.join();
        assertEquals(5, s.received(), s.toString());
        for (EchoReply reply : s.replies()) {
            assertEquals(B, reply.from());
            assertEquals(63, reply.ttl(), "b sends with TTL 64, r decrements once");
        }
        // The first echo waits for two ARP resolutions (a->r, r->b) and b's ARP for r on the way back
        // is not needed (b learned r from r's request): 4 + 2 + 2 = 8 one-way trips; later ones take 4.
        assertEquals(8 * TestNet.LATENCY_NANOS, s.replies().get(0).rttNanos());
        assertEquals(4 * TestNet.LATENCY_NANOS, s.replies().get(4).rttNanos());
        assertEquals(10, r.counters().get(StackCounter.IP_FORWARDED));
    }

    @Test
    void aRouterWithoutForwardingDropsTransitTraffic() {
        Host plain = new Host("plain", net.lan, HostConfig.DEFAULT.withSeed(3));
        LoopbackHub l2 = net.segment();
        LoopbackHub r2 = net.segment();
        net.attach(plain, l2, "10.9.1.1/24");
        net.attach(plain, r2, "10.9.2.1/24");
        Host x = net.host("x", l2, "10.9.1.2/24");
        Host y = net.host("y", r2, "10.9.2.2/24");
        x.setDefaultGateway(Ipv4Address.parse("10.9.1.1"));
        CompletableFuture<EchoReply> f = x.icmp().echo(y.address(), 8, Duration.ofSeconds(1));
        assertTrue(net.runUntil(f::isDone, 5000));
        CompletionException e = assertThrows(CompletionException.class, f::join);
        assertEquals(Errno.ETIMEDOUT, ((SocketError) e.getCause()).errno());
        assertEquals(1, plain.counters().get(StackCounter.IP_NOT_FOR_US));
        assertEquals(0, y.counters().get(StackCounter.IP_IN));
    }

    @Test
    void ttlExpiryAtTheRouterComesBackAsTimeExceeded() throws Exception {
        UdpSocket s = a.udp().open(0);
        s.ttl(1);
        s.sendTo(new byte[] {1, 2, 3}, B, 9999);
        net.runFor(50);
        assertEquals(1, r.counters().get(StackCounter.IP_TTL_EXCEEDED));
        assertEquals(1, a.counters().get(StackCounter.ICMP_ERRORS_IN));
        SocketError e = assertThrows(SocketError.class, () -> s.sendTo(new byte[1], B, 9999));
        assertEquals(Errno.EHOSTUNREACH, e.errno());
        assertTrue(e.getMessage().contains("time exceeded"), e.getMessage());
        assertEquals(0, b.counters().get(StackCounter.IP_IN));
    }

    @Test
    void aClosedPortAnswersPortUnreachableAndTheSocketSeesEconnrefused() throws Exception {
        UdpSocket s = a.udp().open(0);
        s.sendTo("anyone?".getBytes(), B, 7);
        net.runFor(50);
        assertEquals(1, b.counters().get(StackCounter.UDP_NO_PORT));
        assertEquals(1, b.counters().get(StackCounter.ICMP_ERRORS_OUT));
        SocketError e = assertThrows(SocketError.class, () -> s.sendTo(new byte[1], B, 7));
        assertEquals(Errno.ECONNREFUSED, e.errno());
    }

    @Test
    void anUnknownProtocolAnswersProtocolUnreachable() {
        a.loop().execute(() -> a.ip().send(Ipv4Packet.of(64, 99, a.address(), B, 1, ByteBuffer.wrap(new byte[20]))));
        net.runFor(50);
        assertEquals(1, b.counters().get(StackCounter.IP_UNKNOWN_PROTOCOL));
        assertEquals(1, a.counters().get(StackCounter.ICMP_ERRORS_IN));
    }

    @Test
    void noRouteIsEnetunreachAtOnceAndAnUnreachableNetAtTheRouterIsAnIcmpError() throws Exception {
        Host lonely = net.host("lonely", net.segment(), "192.168.5.5/24");
        SocketError e =
                assertThrows(SocketError.class, () -> lonely.udp().open(0).sendTo(new byte[1], B, 9));
        assertEquals(Errno.ENETUNREACH, e.errno());

        CompletableFuture<EchoReply> f = a.icmp().echo(Ipv4Address.parse("172.16.0.1"), 8, Duration.ofSeconds(1));
        assertTrue(net.runUntil(f::isDone, 5000));
        CompletionException c = assertThrows(CompletionException.class, f::join);
        assertEquals(Errno.ENETUNREACH, ((SocketError) c.getCause()).errno());
        assertEquals(1, r.counters().get(StackCounter.IP_NO_ROUTE));
    }

    @Test
    void longestPrefixWins() {
        RoutingTable t = a.routes();
        a.addRoute(Ipv4Prefix.parse("10.0.2.0/24"), Ipv4Address.parse("10.0.1.1"));
        a.addRoute(Ipv4Prefix.parse("10.0.2.128/25"), Ipv4Address.parse("10.0.1.3"));
        assertEquals(
                Ipv4Address.parse("10.0.1.3"),
                t.lookup(Ipv4Address.parse("10.0.2.200")).gateway());
        assertEquals(
                Ipv4Address.parse("10.0.1.1"),
                t.lookup(Ipv4Address.parse("10.0.2.100")).gateway());
        assertEquals(
                null, t.lookup(Ipv4Address.parse("10.0.1.77")).gateway(), "the connected /24 beats the default route");
        assertEquals(Ipv4Prefix.DEFAULT, t.lookup(Ipv4Address.parse("8.8.8.8")).destination());
        assertInstanceOf(
                IllegalArgumentException.class,
                assertThrows(
                        IllegalArgumentException.class,
                        () -> a.addRoute(Ipv4Prefix.parse("10.7.0.0/16"), Ipv4Address.parse("10.99.0.1"))));
    }
}
