package jnic.stack.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.UdpDatagram;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.icmp.PingSummary;
import org.junit.jupiter.api.Test;

/**
 * ICMP error rate limiting (RFC 1812 section 4.3.2.8) with Linux's defaults, in virtual time:
 * port unreachables to closed UDP ports, provoked by datagrams a third station sends in the
 * server's name of many sources, and counted as the server sends or withholds them.
 */
class IcmpRateLimitTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host client = net.host("client", seg, "10.0.0.1/24");
    final Host server = net.host("server", seg, "10.0.0.2/24");
    final LoopbackDevice station = seg.attach("station", MacAddress.parse("02:66:66:66:66:66"));

    /** {@code n} datagrams to the server's closed port 9 from {@code from}, all in the same instant. */
    private void udpToClosedPort(Ipv4Address from, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            UdpDatagram d = new UdpDatagram(5000, 9, ByteBuffer.wrap(new byte[8]));
            Ipv4Packet p = Ipv4Packet.of(
                    64, Ipv4Packet.PROTOCOL_UDP, from, server.address(), i, d.toBuffer(from, server.address()));
            TestNet.sendFrom(station, server, p);
        }
    }

    private long errorsOut() {
        return server.counters().get(StackCounter.ICMP_ERRORS_OUT);
    }

    @Test
    void oneDestinationGetsSixThenOneASecond() throws Exception {
        Ipv4Address a = Ipv4Address.parse("10.0.0.50");
        udpToClosedPort(a, 100);
        net.runFor(1);
        assertEquals(6, errorsOut(), "the destination's burst");
        assertEquals(94, server.counters().get(StackCounter.ICMP_OUT_RATE_LIMIT_HOST));
        assertEquals(0, server.counters().get(StackCounter.ICMP_OUT_RATE_LIMIT_GLOBAL));
        net.runFor(998);
        udpToClosedPort(a, 10);
        net.runFor(1);
        assertEquals(6, errorsOut(), "999 ms on: no token yet");
        net.runFor(1);
        udpToClosedPort(a, 10);
        net.runFor(1);
        assertEquals(7, errorsOut(), "1 s on: one more");
        udpToClosedPort(Ipv4Address.parse("10.0.0.51"), 10);
        net.runFor(1);
        assertEquals(13, errorsOut(), "another destination has a bucket of its own");
    }

    @Test
    void theHostSendsFiftyAtOnceThenAThousandASecond() throws Exception {
        for (int i = 0; i < 20; i++) {
            udpToClosedPort(Ipv4Address.of(10, 0, 0, 100 + i), 6); // each within its destination's burst
        }
        net.runFor(1);
        assertEquals(50, errorsOut(), "icmp_msgs_burst");
        assertEquals(70, server.counters().get(StackCounter.ICMP_OUT_RATE_LIMIT_GLOBAL));
        assertEquals(0, server.counters().get(StackCounter.ICMP_OUT_RATE_LIMIT_HOST), "refused host-wide first");
        net.runFor(19); // 20 ms in all: 20 tokens
        for (int i = 0; i < 40; i++) {
            udpToClosedPort(Ipv4Address.of(10, 0, 0, 200 + i % 40), 1);
        }
        net.runFor(1);
        assertEquals(70, errorsOut(), "20 more after 20 ms at 1000 a second");
    }

    @Test
    void theMaskSaysWhichTypesAreLimited() throws Exception {
        Host open = net.host(
                "open",
                seg,
                "10.0.0.3/24",
                HostConfig.DEFAULT.withIp(IpConfig.DEFAULT.withIcmpRateLimits(Duration.ofSeconds(1), 1000, 50, 0)));
        for (int i = 0; i < 20; i++) {
            UdpDatagram d = new UdpDatagram(5000, 9, ByteBuffer.wrap(new byte[8]));
            Ipv4Packet p = Ipv4Packet.of(
                    64,
                    Ipv4Packet.PROTOCOL_UDP,
                    client.address(),
                    open.address(),
                    i,
                    d.toBuffer(client.address(), open.address()));
            TestNet.sendFrom(station, open, p);
        }
        net.runFor(1);
        assertEquals(20, open.counters().get(StackCounter.ICMP_ERRORS_OUT), "mask 0: no type is limited");
    }

    /** Echo replies (type 0) are no errors; Linux's default mask 0x1818 leaves them out too. */
    @Test
    void echoRepliesAreNotLimited() throws Exception {
        udpToClosedPort(Ipv4Address.parse("10.0.0.1"), 100); // the client's own bucket is empty now
        net.runFor(1);
        assertEquals(6, errorsOut());
        CompletableFuture<PingSummary> ping =
                client.icmp().ping(server.address(), 200, Duration.ofMillis(1), 56, Duration.ofSeconds(1));
        net.runUntil(ping::isDone, 10_000);
        assertEquals(200, ping.join().received(), "200 echo requests in 200 ms: every one answered");
        assertEquals(200, server.counters().get(StackCounter.ICMP_ECHO_REPLIES_OUT));
    }
}
