package jnic.stack.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.Ipv4Address;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.icmp.EchoReply;
import org.junit.jupiter.api.Test;

class PingTest {
    @Test
    void pingOnOneSegmentResolvesByArpAndMeasuresTheRoundTrip() {
        TestNet net = new TestNet();
        LoopbackHub seg = net.segment();
        Host a = net.host("a", seg, "10.0.0.1/24");
        Host b = net.host("b", seg, "10.0.0.2/24");
        CompletableFuture<EchoReply> r = a.icmp().echo(Ipv4Address.parse("10.0.0.2"), 56, Duration.ofSeconds(1));
        assertTrue(net.runUntil(r::isDone, 2000));
        EchoReply reply = r.join();
        assertEquals(Ipv4Address.parse("10.0.0.2"), reply.from());
        // ARP request + reply, then echo request + reply: four one-way trips of the segment.
        assertEquals(4 * TestNet.LATENCY_NANOS, reply.rttNanos());
        assertEquals(
                b.interfaces().get(0).macAddress(),
                a.interfaces().get(0).arp().entries().get(Ipv4Address.parse("10.0.0.2")));
        System.out.println(a.counters());
        System.out.println(b.counters());
    }
}
