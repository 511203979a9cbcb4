package jnic.stack.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.Ipv4Address;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.icmp.EchoReply;
import jnic.stack.udp.UdpSocket;
import org.junit.jupiter.api.Test;

class ArpTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();

    @Test
    void anUnansweredResolutionTriesThreeTimesThenReportsHostUnreachable() {
        Host a = net.host("a", seg, "10.0.0.1/24");
        long start = net.lan.clock().nanos();
        CompletableFuture<EchoReply> f = a.icmp().echo(Ipv4Address.parse("10.0.0.99"), 8, Duration.ofSeconds(10));
        assertTrue(net.runUntil(f::isDone, 20_000));
        CompletionException e = assertThrows(CompletionException.class, f::join);
        assertEquals(Errno.EHOSTUNREACH, ((SocketError) e.getCause()).errno());
        assertEquals(3, a.counters().get(StackCounter.ARP_REQUESTS_OUT));
        assertEquals(1, a.counters().get(StackCounter.ARP_RESOLUTION_FAILED));
        assertEquals(
                3_000_000_000L, net.lan.clock().nanos() - start, "three requests, one second apart, then the verdict");
    }

    @Test
    void theQueueOfDatagramsWaitingForArpIsBoundedInBytes() throws Exception {
        Host a = net.host(
                "a",
                seg,
                "10.0.0.1/24",
                HostConfig.DEFAULT.withSeed(1).withArp(Duration.ofSeconds(60), Duration.ofSeconds(1), 3, 3000));
        UdpSocket s = a.udp().open(0);
        for (int i = 0; i < 10; i++) {
            s.sendTo(new byte[1000], Ipv4Address.parse("10.0.0.99"), 9);
        }
        net.runFor(1);
        // Each waits as a 1042-byte frame: two fit in 3000 bytes, eight are dropped at once.
        assertEquals(8, a.counters().get(StackCounter.ARP_PENDING_DROPPED));
        assertEquals(2084, a.interfaces().get(0).arp().pendingBytes());
        net.runFor(4000);
        assertEquals(
                10,
                a.counters().get(StackCounter.ARP_PENDING_DROPPED),
                "the two waiting are dropped when resolution fails");
        assertEquals(0, a.interfaces().get(0).arp().pendingBytes());
    }

    @Test
    void entriesExpireAfterSixtySeconds() {
        Host a = net.host("a", seg, "10.0.0.1/24");
        Host b = net.host("b", seg, "10.0.0.2/24");
        assertTrue(ping(a, b.address()));
        assertEquals(1, a.counters().get(StackCounter.ARP_REQUESTS_OUT));
        net.runFor(59_000);
        assertTrue(ping(a, b.address()));
        assertEquals(1, a.counters().get(StackCounter.ARP_REQUESTS_OUT), "still cached at 59 s");
        net.runFor(2_000);
        assertTrue(ping(a, b.address()));
        assertEquals(2, a.counters().get(StackCounter.ARP_REQUESTS_OUT), "expired at 60 s, asked again");
    }

    private boolean ping(Host from, Ipv4Address to) {
        CompletableFuture<EchoReply> f = from.icmp().echo(to, 8, Duration.ofSeconds(1));
        return net.runUntil(f::isDone, 2000) && !f.isCompletedExceptionally();
    }

    @Test
    void onlyPacketsThatConcernUsTeachTheCache() {
        Host a = net.host("a", seg, "10.0.0.1/24");
        Host b = net.host("b", seg, "10.0.0.2/24");
        Host c = net.host("c", seg, "10.0.0.3/24");
        assertTrue(ping(c, b.address()));
        assertNotNull(b.interfaces().get(0).arp().lookup(c.address()), "b was asked: it learns c");
        assertFalse(
                a.interfaces().get(0).arp().entries().containsKey(c.address()),
                "a overheard c's broadcast: it learns nothing");
        assertTrue(a.counters().get(StackCounter.ARP_NOT_FOR_US) > 0);
    }

    @Test
    void anAnnouncementMovesAnExistingEntryAndAConflictIsCounted() {
        Host a = net.host("a", seg, "10.0.0.1/24");
        Host b = net.host("b", seg, "10.0.0.2/24");
        assertTrue(ping(b, a.address()));
        a.close();
        a.interfaces().get(0).device().close();
        Host moved = net.host("a-moved", seg, "10.0.0.1/24");
        net.runFor(1);
        assertEquals(
                moved.interfaces().get(0).macAddress(),
                b.interfaces().get(0).arp().lookup(a.address()),
                "b follows the address to its new adapter (RFC 5227 announcement)");
        Host impostor = net.host("impostor", seg, "10.0.0.2/24");
        net.runFor(1);
        assertEquals(1, b.counters().get(StackCounter.ARP_CONFLICTS));
        assertEquals(0, impostor.counters().get(StackCounter.ARP_CONFLICTS));
    }
}
