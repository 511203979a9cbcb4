package jnic.stack.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import jnic.driver.Tshark;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Prefix;
import jnic.sim.Medium;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.http.HttpClient;
import jnic.stack.http.HttpMessage;
import jnic.stack.http.HttpServer;
import jnic.stack.icmp.EchoReply;
import jnic.stack.icmp.PingSummary;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.iface.StackCounter;
import jnic.stack.udp.Traceroute;
import jnic.stack.udp.UdpSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routers between segments of simulated hardware, in one world and one simulated time base:
 *
 * <pre>
 * client 10.1.0.2 ─┐                                                      ┌─ 10.3.0.1 r2
 * neighbour ───────┤ hub (segment 0) ── r1 ══ cable, MTU 576 (segment 1) ══ r2 ── hub (segment 2)
 * r1 10.1.0.1 ─────┘                 10.2.0.1            10.2.0.2           └─ server 10.3.0.2
 * </pre>
 *
 * Every frame on every segment is framed, FCS-checked and filtered by the generated adapters; the
 * routers are jnic hosts with an adapter on each side and forwarding on. The datagrams' TTL drops
 * once per router, and what is longer than the middle cable's MTU crosses it in fragments that the
 * far host reassembles, as tshark reads the capture of that wire.
 */
class SimulatedRouterTest {
    static final InterfaceAddress CLIENT = InterfaceAddress.parse("10.1.0.2/24");
    static final InterfaceAddress NEIGHBOUR = InterfaceAddress.parse("10.1.0.3/24");
    static final InterfaceAddress R1_LEFT = InterfaceAddress.parse("10.1.0.1/24");
    static final InterfaceAddress R1_RIGHT = InterfaceAddress.parse("10.2.0.1/24");
    static final InterfaceAddress R2_LEFT = InterfaceAddress.parse("10.2.0.2/24");
    static final InterfaceAddress R2_RIGHT = InterfaceAddress.parse("10.3.0.1/24");
    static final InterfaceAddress SERVER = InterfaceAddress.parse("10.3.0.2/24");
    static final int SMALL_MTU = 576;

    /** The network above, built on {@code lan}; the hosts share its loop. */
    record Network(SimLan lan, Host client, Host neighbour, Host r1, Host r2, Host server) {}

    static Network build(SimLan lan) throws Exception {
        HostConfig router = HostConfig.DEFAULT.withForwarding(true);
        Host client = new Host("client", lan, HostConfig.DEFAULT.withSeed(1));
        Host neighbour = new Host("neighbour", lan, HostConfig.DEFAULT.withSeed(2));
        Host r1 = new Host("r1", lan, router.withSeed(3));
        Host r2 = new Host("r2", lan, router.withSeed(4));
        Host server = new Host("server", lan, HostConfig.DEFAULT.withSeed(5));
        client.attach(lan.open(0, SimNic.Config.defaults()), CLIENT);
        neighbour.attach(lan.open(1, SimNic.Config.defaults()), NEIGHBOUR);
        r1.attach(lan.open(2, SimNic.Config.defaults()), R1_LEFT);
        r1.attach(lan.open(3, SimNic.Config.defaults()), R1_RIGHT).setMtu(SMALL_MTU);
        r2.attach(lan.open(4, SimNic.Config.defaults()), R2_LEFT).setMtu(SMALL_MTU);
        r2.attach(lan.open(5, SimNic.Config.defaults()), R2_RIGHT);
        server.attach(lan.open(6, SimNic.Config.defaults()), SERVER);
        client.setDefaultGateway(R1_LEFT.address());
        neighbour.setDefaultGateway(R1_LEFT.address());
        r1.addRoute(Ipv4Prefix.parse("10.3.0.0/24"), R2_LEFT.address());
        r2.addRoute(Ipv4Prefix.parse("10.1.0.0/24"), R1_RIGHT.address());
        server.setDefaultGateway(R2_RIGHT.address());
        return new Network(lan, client, neighbour, r1, r2, server);
    }

    static SimLan.Options options() {
        return SimLan.Options.network(
                SimLan.Build.FAST,
                List.of(
                        new SimLan.Segment(Medium.HUB, 3),
                        new SimLan.Segment(Medium.CABLE, 2),
                        new SimLan.Segment(Medium.HUB, 2)));
    }

    @Test
    void pingUdpAndAPageCrossTwoRoutersAndASmallMtuLink(@TempDir Path dir) throws Exception {
        try (SimLan lan = SimLan.create(options())) {
            Path middle = dir.resolve("middle.pcapng");
            lan.capturePcapng(1, middle);
            Network n = build(lan);
            Ipv4Address server = SERVER.address();

            CompletableFuture<PingSummary> ping =
                    n.client().icmp().ping(server, 3, Duration.ofMillis(1), 56, Duration.ofMillis(50));
            assertTrue(lan.runUntil(ping::isDone, 200_000_000L));
            assertEquals(3, ping.join().received(), ping.join().toString());
            for (EchoReply reply : ping.join().replies()) {
                assertEquals(62, reply.ttl(), "the server sends with TTL 64; each router takes one");
            }

            CompletableFuture<List<Traceroute.Hop>> path =
                    Traceroute.run(n.client().udp(), lan, server, 8, Duration.ofMillis(20));
            assertTrue(lan.runUntil(path::isDone, 1_000_000_000L));
            assertEquals(
                    List.of(R1_LEFT.address(), R2_LEFT.address(), server),
                    path.join().stream().map(Traceroute.Hop::from).toList(),
                    "each router answers time exceeded from the interface the probe reached it by, then the server "
                            + "port unreachable: " + path.join());
            assertTrue(path.join().get(2).destination());

            UdpSocket rx = n.server().udp().open(9000);
            byte[] datagram = new byte[3000];
            new Random(7).nextBytes(datagram);
            n.client().udp().open(0).sendTo(datagram, server, 9000);
            assertTrue(lan.runUntil(() -> rx.queued() == 1, 100_000_000L));
            assertArrayEquals(datagram, rx.poll().data(), "fragmented twice on the way, reassembled at the server");
            assertTrue(
                    n.r1().counters().get(StackCounter.IP_FRAGMENTS_OUT) >= 6,
                    n.r1().counters().toString());

            byte[] page = new byte[6000];
            new Random(8).nextBytes(page);
            HttpServer.pages(n.server(), 80, Map.of("/", page), "application/octet-stream");
            CompletableFuture<HttpMessage.Response> get =
                    HttpClient.get(n.client(), server, 80, "server.jnic.test", "/");
            assertTrue(lan.runUntil(get::isDone, 2_000_000_000L));
            assertEquals(200, get.join().status());
            assertArrayEquals(page, get.join().body(), "the page, byte for byte, across both routers");
            assertTrue(n.r2().counters().get(StackCounter.IP_FORWARDED) > 0);
            assertEquals(
                    0,
                    n.neighbour().counters().get(StackCounter.IP_IN),
                    "the neighbour's adapter filtered " + "the unicast frames it heard on the hub");
        }
    }

    @Test
    void theMiddleWireCarriesFragmentsWithTheTtlOneRouterTook(@TempDir Path dir) throws Exception {
        try (SimLan lan = SimLan.create(options())) {
            Path middle = dir.resolve("middle.pcapng");
            lan.capturePcapng(1, middle);
            Network n = build(lan);
            UdpSocket rx = n.server().udp().open(9000);
            n.client().udp().open(0).sendTo(new byte[1400], SERVER.address(), 9000);
            assertTrue(lan.runUntil(() -> rx.queued() == 1, 100_000_000L));
            lan.runFor(1_000_000L); // the capture's last burst ends
            if (!Tshark.installed()) {
                System.out.println("tshark is not installed: the capture of the middle wire was not dissected");
                return;
            }
            List<String[]> rows = Tshark.fields(
                    middle,
                    "udp || ip.flags.mf == 1 || ip.frag_offset > 0",
                    "ip.src",
                    "ip.ttl",
                    "ip.len",
                    "ip.flags.mf",
                    "_ws.malformed");
            assertEquals(
                    3,
                    rows.size(),
                    "a 1428-byte datagram in three fragments on a 576-byte link: "
                            + rows.stream().map(r -> String.join(" ", r)).toList());
            for (String[] r : rows) {
                assertEquals("10.1.0.2", r[0], "from the client");
                assertEquals("63", r[1], "TTL 64 less r1's one");
                assertTrue(Integer.parseInt(r[2]) <= SMALL_MTU, "each fits the MTU: " + r[2]);
                assertTrue(r.length < 5 || r[4].isEmpty(), "tshark finds nothing malformed");
            }
            assertEquals("1", rows.get(0)[3], "more fragments");
            assertEquals("0", rows.get(2)[3], "the last one");
        }
    }
}
