package jnic.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.MacAddress;
import jnic.stack.dns.DnsClient;
import jnic.stack.dns.DnsResponder;
import jnic.stack.host.Host;
import jnic.stack.icmp.PingSummary;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.udp.UdpSocket;
import org.junit.jupiter.api.Test;

/** The README's stack example, as written there, so the README stays true. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleRuns() throws Exception {
        LoopbackLan lan = new LoopbackLan(100_000); // loopback segments, 100 µs one way, virtual time
        LoopbackHub wire = lan.hub();
        Host a = new Host("a", lan), b = new Host("b", lan);
        a.attach(wire.attach("a0", MacAddress.parse("02:00:00:00:00:01")), InterfaceAddress.parse("10.0.0.1/24"));
        b.attach(wire.attach("b0", MacAddress.parse("02:00:00:00:00:02")), InterfaceAddress.parse("10.0.0.2/24"));
        new DnsResponder(b, 53, 60).add("b.jnic.test", b.address());
        CompletableFuture<List<Ipv4Address>> found = new DnsClient(a, b.address()).resolve("b.jnic.test");
        CompletableFuture<PingSummary> ping =
                a.icmp().ping(b.address(), 3, Duration.ofSeconds(1), 56, Duration.ofSeconds(1));
        lan.runUntil(() -> found.isDone() && ping.isDone(), 10_000_000_000L); // 10 s of virtual time at most
        UdpSocket s = a.udp().open(0); // ephemeral port; sendTo / poll / receiveAsync / receive(timeout)

        assertEquals(List.of(Ipv4Address.parse("10.0.0.2")), found.join());
        assertEquals(3, ping.join().received());
        assertEquals(4 * 100_000, ping.join().maxRttNanos(), "the first echo waited for ARP: two round trips");
        assertEquals(2 * 100_000, ping.join().minRttNanos(), "later ones: one round trip");
        assertTrue(s.localPort() >= 49152);
    }
}
