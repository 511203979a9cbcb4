package jnic.stack.udp;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Parsed;
import jnic.net.wire.UdpDatagram;
import jnic.stack.EphemeralPorts;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.iface.IcmpErrors;
import jnic.stack.iface.IpLayer;
import jnic.stack.iface.ProtocolHandler;
import jnic.stack.iface.StackCounter;

/**
 * UDP (RFC 768, RFC 1122 section 4.1): sockets by port, checksums, ICMP port-unreachable for a
 * datagram nobody listens for, and ephemeral ports from the host's {@link EphemeralPorts}. A
 * datagram without a checksum (a zero field) is accepted and counted (UDP_NO_CHECKSUM), as RFC 1122
 * section 4.1.3.4 allows by default and Linux does. A connected socket (see
 * {@link UdpSocket#connect}) is the socket for datagrams from its peer only.
 */
public final class Udp implements ProtocolHandler {
    private final IpLayer ip;
    private final EphemeralPorts ephemeralPorts;
    private final Map<Integer, UdpSocket> sockets = new ConcurrentHashMap<>();

    public Udp(IpLayer ip, EphemeralPorts ephemeralPorts) {
        this.ip = ip;
        this.ephemeralPorts = ephemeralPorts;
    }

    IpLayer ip() {
        return ip;
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
        if (!local.isAny() && !ip.isLocal(local)) {
            throw new SocketError(Errno.EADDRNOTAVAIL, local + " is not an address of " + ip.hostName());
        }
        if (port == 0) {
            port = ephemeralPort();
        } else if (sockets.containsKey(port)) {
            throw new SocketError(Errno.EADDRINUSE, "UDP port " + port + " is taken on " + ip.hostName());
        }
        UdpSocket s = new UdpSocket(this, local, port);
        sockets.put(port, s);
        return s;
    }

    private int ephemeralPort() throws SocketError {
        return ephemeralPorts
                .choose(port -> !sockets.containsKey(port))
                .orElseThrow(() -> new SocketError(Errno.EADDRINUSE, "all ephemeral UDP ports are taken"));
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
        ip.counters().increment(StackCounter.UDP_IN);
        Parsed<UdpDatagram> parsed = UdpDatagram.parse(p.payload(), p.source(), p.destination());
        if (!parsed.isOk()) {
            ip.counters().malformed(StackCounter.UDP_MALFORMED, parsed.error());
            return;
        }
        UdpDatagram d = parsed.value();
        if (!d.checksummed()) {
            ip.counters().increment(StackCounter.UDP_NO_CHECKSUM);
        }
        UdpSocket s = sockets.get(d.destinationPort());
        if (s == null
                || !s.localAddress().isAny() && !s.localAddress().equals(p.destination())
                || !s.accepts(p.source(), d.sourcePort())) {
            ip.counters().increment(StackCounter.UDP_NO_PORT);
            if (!broadcast) {
                ip.sendIcmpError(p, IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_PORT_UNREACHABLE, 0);
            }
            return;
        }
        byte[] data = new byte[d.data().remaining()];
        d.data().get(d.data().position(), data);
        if (ip.tracer().enabled()) {
            ip.tracer()
                    .event(
                            TraceLayer.UDP,
                            String.format(
                                    "datagram %s:%d -> port %d, %d bytes, %s: to the socket bound to port %d",
                                    p.source(),
                                    d.sourcePort(),
                                    d.destinationPort(),
                                    data.length,
                                    d.checksummed() ? "checksum good" : "no checksum (a zero field)",
                                    s.localPort()));
        }
        s.deliver(new UdpSocket.Datagram(p.source(), d.sourcePort(), p.destination(), data));
    }

    /**
     * Port unreachable and its kind reach the socket that sent the datagram, as a pending error; a
     * connected socket takes only errors about datagrams to its peer.
     */
    @Override
    public void icmpError(IcmpMessage error, Ipv4Address reporter, Ipv4Packet quoted) {
        ByteBuffer q = quoted.payload();
        if (q.remaining() < 4) {
            return;
        }
        UdpSocket s = sockets.get(q.getShort(q.position()) & 0xFFFF);
        int port = q.getShort(q.position() + 2) & 0xFFFF;
        if (s != null && s.accepts(quoted.destination(), port)) {
            s.pendingError(IcmpErrors.describe(error, quoted.destination()));
            s.report(new UdpSocket.IcmpReport(
                    reporter, error.type(), error.code(), quoted.destination(), port, ip.now()));
        }
    }

    /** Sends from {@code s}; on the loop. */
    void send(UdpSocket s, Ipv4Address source, Ipv4Address destination, int port, byte[] data) {
        UdpDatagram d = new UdpDatagram(s.localPort(), port, ByteBuffer.wrap(data));
        ip.counters().increment(StackCounter.UDP_OUT);
        if (ip.tracer().enabled()) {
            ip.tracer()
                    .event(
                            TraceLayer.UDP,
                            String.format(
                                    "datagram from port %d to %s:%d, %d bytes of data, checksum over the pseudo-header",
                                    s.localPort(), destination, port, data.length));
        }
        ip.send(Ipv4Packet.of(
                s.ttl(),
                Ipv4Packet.PROTOCOL_UDP,
                source,
                destination,
                ip.nextIdentification(),
                d.toBuffer(source, destination)));
    }
}
