package jnic.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;

/** Hosts on loopback segments in virtual time, for the stack's tests. */
public final class TestNet {
    /** One-way latency of every test segment: 100 µs, so round trips are visible on the clock. */
    public static final long LATENCY_NANOS = 100_000;

    public final LoopbackLan lan = new LoopbackLan(LATENCY_NANOS);
    private int nextMac = 1;

    public LoopbackHub segment() {
        return lan.hub();
    }

    public LoopbackHub segment(LoopbackHub.Impairments impairments, long seed) {
        return lan.hub(impairments, seed);
    }

    public Host host(String name, LoopbackHub segment, String address) {
        return host(name, segment, address, HostConfig.DEFAULT.withSeed(nextMac));
    }

    public Host host(String name, LoopbackHub segment, String address, HostConfig config) {
        Host h = new Host(name, lan, config);
        attach(h, segment, address);
        return h;
    }

    public void attach(Host h, LoopbackHub segment, String address) {
        int m = nextMac++;
        h.attach(
                segment.attach(
                        h.name() + "-eth" + h.interfaces().size(), MacAddress.of(new byte[] {2, 0, 0, 0, 0, (byte) m})),
                InterfaceAddress.parse(address));
    }

    /** Runs the loop until {@code done} or {@code maxMillis} of virtual time; true if done. */
    public boolean runUntil(BooleanSupplier done, long maxMillis) {
        return lan.runUntil(done, maxMillis * 1_000_000L);
    }

    public void runFor(long millis) {
        lan.runFor(millis * 1_000_000L);
    }

    /** Both ends of a TCP connection. */
    public record Connected(TcpSocket client, TcpSocket server) {}

    /** {@code server} listens on {@code port} (backlog 8) and {@code client} connects to it, within 1 s. */
    public Connected connect(Host client, Host server, int port) throws Exception {
        TcpListener l = server.tcp().listen(port, 8);
        CompletableFuture<TcpSocket> accepted = l.acceptAsync();
        CompletableFuture<TcpSocket> connected = client.tcp().connect(server.address(), port);
        assertTrue(runUntil(() -> connected.isDone() && accepted.isDone(), 1000), "connected");
        return new Connected(connected.join(), accepted.join());
    }

    /**
     * A promiscuous station on {@code segment}, as Wireshark would be, that hands every TCP segment
     * on the wire to {@code seen}.
     */
    public static void watchTcp(LoopbackHub segment, Consumer<TcpOnWire> seen) {
        LoopbackDevice tap = segment.attach("wireshark", MacAddress.parse("02:77:77:77:77:77"));
        tap.promiscuous(true);
        tap.setHandler(frame -> {
            TcpOnWire w = tcpIn(frame);
            if (w != null) {
                seen.accept(w);
            }
        });
    }

    /** Sends {@code p} from {@code station} to {@code to}'s first interface, as any station on the segment can (its source spoofed or not). */
    public static void sendFrom(LoopbackDevice station, Host to, Ipv4Packet p) throws IOException {
        station.send(new EthernetFrame(
                        to.interfaces().get(0).macAddress(),
                        station.macAddress(),
                        EtherType.IPV4,
                        ByteBuffer.wrap(p.toBytes()))
                .toBytes());
    }

    /** A TCP segment seen on the wire, with the IPv4 packet that carried it. */
    public record TcpOnWire(Ipv4Packet ip, TcpSegment tcp) {}

    /** The TCP segment a frame carries (as a promiscuous tap on a segment sees it), or null if it carries none. */
    public static TcpOnWire tcpIn(byte[] frame) {
        EthernetFrame eth = EthernetFrame.parse(frame).value();
        if (eth.etherType() != EtherType.IPV4) {
            return null;
        }
        Ipv4Packet p = Ipv4Packet.parse(eth.payload()).value();
        if (p.protocol() != Ipv4Packet.PROTOCOL_TCP) {
            return null;
        }
        return new TcpOnWire(
                p, TcpSegment.parse(p.payload(), p.source(), p.destination()).value());
    }

    /** The heap in use after full collections, the least of three: what is live. */
    public static long liveHeap() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            least = Math.min(
                    least,
                    java.lang.management.ManagementFactory.getMemoryMXBean()
                            .getHeapMemoryUsage()
                            .getUsed());
        }
        return least;
    }

    /** A random unicast source address as a SYN flood forges it: not multicast, not loopback, outside 10/8 (the tests' nets). */
    public static Ipv4Address spoofedSource(java.util.Random random) {
        Ipv4Address from;
        do {
            from = Ipv4Address.of(
                    1 + random.nextInt(223), random.nextInt(256), random.nextInt(256), random.nextInt(256));
        } while (from.isLoopback() || (from.value() >>> 24) == 10);
        return from;
    }
}
