package jnic.stack.udp;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import jnic.driver.trace.TraceLayer;
import jnic.stack.iface.Host;
import jnic.stack.iface.ProtocolHandler;
import jnic.stack.iface.StackCounter;
import jnic.stack.icmp.Icmp;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.wire.IcmpMessage;
import jnic.stack.wire.Ipv4Address;
import jnic.stack.wire.Ipv4Packet;
import jnic.stack.wire.Parsed;
import jnic.stack.wire.UdpDatagram;

/**
 * UDP (RFC 768, RFC 1122 section 4.1): sockets by port, checksums, ICMP port-unreachable for a
 * datagram nobody listens for, and ephemeral ports from the IANA range 49152-65535 (RFC 6335)
 * chosen at random, as RFC 6056 recommends against blind spoofing.
 */
public final class Udp implements ProtocolHandler {
    public static final int EPHEMERAL_FIRST = 49152;
    public static final int EPHEMERAL_LAST = 65535;

    private final Host host;
    private final Random random;
    private final Map<Integer, UdpSocket> sockets = new ConcurrentHashMap<>();

    public Udp(Host host, Random random) {
        this.host = host;
        this.random = random;
    }

    Host host() {
        return host;
    }

    /** A socket on {@code port} of every local address; port 0 picks an ephemeral one. */
    public UdpSocket open(int port) throws SocketError {
        return open(Ipv4Address.ANY, port);
    }

    /** A socket on {@code port} of {@code local} (ANY for every address); throws EADDRINUSE, EADDRNOTAVAIL, EINVAL. */
    public synchronized UdpSocket open(Ipv4Address local, int port) throws SocketError {
        if (port < 0 || port > 0xFFFF) {
            throw new SocketError(Errno.EINVAL, "a port is 0 to 65535, not " + port);
        }
        if (!local.isAny() && !host.ip().isLocal(local)) {
            throw new SocketError(Errno.EADDRNOTAVAIL, local + " is not an address of " + host.name());
        }
        if (port == 0) {
            port = ephemeralPort();
        } else if (sockets.containsKey(port)) {
            throw new SocketError(Errno.EADDRINUSE, "UDP port " + port + " is taken on " + host.name());
        }
        UdpSocket s = new UdpSocket(this, local, port);
        sockets.put(port, s);
        return s;
    }

    private int ephemeralPort() throws SocketError {
        int range = EPHEMERAL_LAST - EPHEMERAL_FIRST + 1;
        int start = random.nextInt(range);
        for (int i = 0; i < range; i++) {
            int candidate = EPHEMERAL_FIRST + (start + i) % range;
            if (!sockets.containsKey(candidate)) {
                return candidate;
            }
        }
        throw new SocketError(Errno.EADDRINUSE, "all ephemeral UDP ports are taken");
    }

    void release(UdpSocket s) {
        sockets.remove(s.localPort(), s);
    }

    public void closeAll() {
        for (UdpSocket s : sockets.values()) {
            s.close();
        }
    }

    @Override
    public void receive(Ipv4Packet p, boolean broadcast) {
        host.counters().increment(StackCounter.UDP_IN);
        Parsed<UdpDatagram> parsed = UdpDatagram.parse(p.payload(), p.source(), p.destination());
        if (!parsed.isOk()) {
            host.counters().malformed(StackCounter.UDP_MALFORMED, parsed.error());
            return;
        }
        UdpDatagram d = parsed.value();
        UdpSocket s = sockets.get(d.destinationPort());
        if (s == null || !s.localAddress().isAny() && !s.localAddress().equals(p.destination())) {
            host.counters().increment(StackCounter.UDP_NO_PORT);
            if (!broadcast) {
                host.icmp().error(p, IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_PORT_UNREACHABLE, 0);
            }
            return;
        }
        byte[] data = new byte[d.data().remaining()];
        d.data().get(d.data().position(), data);
        if (host.tracer().enabled()) {
            host.tracer().event(TraceLayer.UDP, String.format("datagram %s:%d -> port %d, %d bytes, checksum good: to the socket bound to port %d",
                    p.source(), d.sourcePort(), d.destinationPort(), data.length, s.localPort()));
        }
        s.deliver(new UdpSocket.Datagram(p.source(), d.sourcePort(), p.destination(), data));
    }

    /** Port unreachable and its kind reach the socket that sent the datagram, as a pending error. */
    @Override
    public void icmpError(IcmpMessage error, Ipv4Packet quoted) {
        ByteBuffer q = quoted.payload();
        if (q.remaining() < 4) {
            return;
        }
        UdpSocket s = sockets.get(q.getShort(q.position()) & 0xFFFF);
        if (s != null) {
            s.pendingError(Icmp.describe(error, quoted.destination()));
        }
    }

    /** Sends from {@code s}; on the loop. */
    void send(UdpSocket s, Ipv4Address source, Ipv4Address destination, int port, byte[] data) {
        UdpDatagram d = new UdpDatagram(s.localPort(), port, ByteBuffer.wrap(data));
        host.counters().increment(StackCounter.UDP_OUT);
        if (host.tracer().enabled()) {
            host.tracer().event(TraceLayer.UDP, String.format("datagram from port %d to %s:%d, %d bytes of data, checksum over the pseudo-header",
                    s.localPort(), destination, port, data.length));
        }
        host.ip().send(Ipv4Packet.of(s.ttl(), Ipv4Packet.PROTOCOL_UDP, source, destination,
                host.ip().nextIdentification(), d.toBuffer(source, destination)));
    }
}
