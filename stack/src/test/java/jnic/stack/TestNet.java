package jnic.stack;

import java.util.function.BooleanSupplier;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;

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
}
