package jnic.stack.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.net.wire.Ipv4Address;
import jnic.stack.dns.DnsClient;
import jnic.stack.dns.DnsResponder;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.icmp.PingSummary;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.udp.UdpSocket;
import org.junit.jupiter.api.Test;

/**
 * The stack on the simulated hardware: two hosts whose interfaces are SimNics (the Verilated NIC,
 * its driver, a 100 Mb/s cable), in the simulation's time. DNS, ARP, ping and a fragmented UDP
 * datagram cross real (simulated) Manchester-coded frames with preamble and FCS.
 */
class SimulatedNicTest {
    @Test
    void dnsPingAndAFragmentedDatagramOverTwoSimulatedNics() throws Exception {
        try (SimLan lan = SimLan.create(SimLan.Options.cable(SimLan.Build.FAST))) {
            SimNic nicA = lan.open(0, SimNic.Config.defaults());
            SimNic nicB = lan.open(1, SimNic.Config.defaults());
            Host client = new Host("client", lan, HostConfig.DEFAULT.withSeed(1));
            Host server = new Host("server", lan, HostConfig.DEFAULT.withSeed(2));
            client.attach(nicA, InterfaceAddress.parse("192.168.7.2/24"));
            server.attach(nicB, InterfaceAddress.parse("192.168.7.1/24"));
            new DnsResponder(server, 53, 60).add("server.jnic.test", server.address());

            CompletableFuture<List<Ipv4Address>> lookup = new DnsClient(
                            client, server.address(), Duration.ofMillis(50), 3, new Random(1))
                    .resolve("server.jnic.test");
            assertTrue(lan.runUntil(lookup::isDone, 50_000_000L));
            assertEquals(List.of(server.address()), lookup.join());

            CompletableFuture<PingSummary> ping =
                    client.icmp().ping(server.address(), 3, Duration.ofMillis(1), 56, Duration.ofMillis(50));
            assertTrue(lan.runUntil(ping::isDone, 100_000_000L));
            PingSummary s = ping.join();
            assertEquals(3, s.received(), s.toString());
            // 98-byte IP packets in 112-byte frames + 8 preamble + 12 IFG at 100 Mb/s: > 10 µs each way.
            assertTrue(s.minRttNanos() > 20_000, "round trip " + s.minRttNanos() + " ns");

            UdpSocket rx = server.udp().open(9000);
            byte[] data = new byte[4000];
            new Random(3).nextBytes(data);
            client.udp().open(0).sendTo(data, server.address(), 9000);
            assertTrue(lan.runUntil(() -> rx.queued() == 1, 50_000_000L));
            assertArrayEquals(data, rx.poll().data(), "three fragments through the simulated MACs, reassembled");
            assertEquals(0, nicB.statistics().rxDropped());
        }
    }

    /** The seed's story end to end on the simulated hardware: DNS, ARP, TCP handshake, GET /, 200 OK, close. */
    @Test
    void aBrowserFetchesAPageOverTwoSimulatedNics() throws Exception {
        try (SimLan lan = SimLan.create(SimLan.Options.cable(SimLan.Build.FAST))) {
            Host client = new Host("client", lan, HostConfig.DEFAULT.withSeed(1));
            Host server = new Host("server", lan, HostConfig.DEFAULT.withSeed(2));
            client.attach(lan.open(0, SimNic.Config.defaults()), InterfaceAddress.parse("192.168.7.2/24"));
            server.attach(lan.open(1, SimNic.Config.defaults()), InterfaceAddress.parse("192.168.7.1/24"));
            new DnsResponder(server, 53, 60).add("www.jnic.test", server.address());
            byte[] page =
                    "<html><body>It works: jnic</body></html>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            jnic.stack.http.HttpServer.pages(server, 80, java.util.Map.of("/", page), "text/html");

            CompletableFuture<jnic.stack.http.HttpMessage.Response> response = new DnsClient(client, server.address())
                    .resolve("www.jnic.test")
                    .thenCompose(addresses ->
                            jnic.stack.http.HttpClient.get(client, addresses.get(0), 80, "www.jnic.test", "/"));
            assertTrue(lan.runUntil(response::isDone, 100_000_000L), "within 100 ms of simulated time");
            assertEquals(200, response.join().status());
            assertArrayEquals(page, response.join().body());
        }
    }
}
