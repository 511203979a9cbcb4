package jnic.stack.iface;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jnic.driver.MacAddress;
import jnic.driver.trace.TraceLayer;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.wire.EthernetFrame;
import jnic.stack.wire.IcmpMessage;
import jnic.stack.wire.Ipv4Address;
import jnic.stack.wire.Ipv4Options;
import jnic.stack.wire.Ipv4Packet;
import jnic.stack.wire.Ipv4Prefix;
import jnic.stack.wire.Parsed;

/**
 * The host's IPv4 layer (RFC 791, RFC 1122 section 3.2, RFC 1812 for forwarding): input checks,
 * delivery to the transport protocols, forwarding between interfaces when enabled, output by the
 * routing table with fragmentation to the interface's MTU, and reassembly.
 */
public final class Ipv4 {
    private final Host host;
    private final Map<Integer, ProtocolHandler> protocols = new ConcurrentHashMap<>();
    private final Reassembler reassembler;
    private int nextIdentification;

    Ipv4(Host host, int firstIdentification) {
        this.host = host;
        this.reassembler = new Reassembler(host);
        this.nextIdentification = firstIdentification & 0xFFFF;
    }

    /** Datagrams with protocol number {@code protocol} go to {@code handler}. */
    public void register(int protocol, ProtocolHandler handler) {
        protocols.put(protocol, handler);
    }

    /** The handler registered for {@code protocol}, or null. */
    public ProtocolHandler handler(int protocol) {
        return protocols.get(protocol);
    }

    /** Payload bytes held by unfinished reassemblies. */
    public int reassemblyMemory() {
        return reassembler.memory();
    }

    /** Whether {@code a} is one of this host's interface addresses, or loopback. */
    public boolean isLocal(Ipv4Address a) {
        return a.isLoopback() || host.interfaceWithAddress(a) != null;
    }

    /** The limited broadcast or one of our subnets' directed broadcasts. */
    public boolean isBroadcast(Ipv4Address a) {
        if (a.isLimitedBroadcast()) {
            return true;
        }
        for (IpInterface i : host.interfaces()) {
            if (a.equals(i.address().broadcast())) {
                return true;
            }
        }
        return false;
    }

    void input(IpInterface iface, ByteBuffer datagram, boolean linkBroadcast) {
        Counters c = host.counters();
        c.increment(StackCounter.IP_IN);
        Parsed<Ipv4Packet> parsed = Ipv4Packet.parse(datagram);
        if (!parsed.isOk()) {
            c.malformed(StackCounter.IP_MALFORMED, parsed.error());
            return;
        }
        Ipv4Packet p = parsed.value();
        Ipv4Address src = p.source();
        // RFC 1812 section 5.3.7: a source that cannot be a single host is martian; RFC 1122
        // section 3.2.1.3: 127/8 never appears on a wire, as source or destination.
        if (src.isMulticast() || src.isLimitedBroadcast() || src.isLoopback() || src.equals(iface.address().broadcast())
                || p.destination().isLoopback()) {
            c.increment(StackCounter.IP_MARTIAN);
            return;
        }
        boolean toBroadcast = isBroadcast(p.destination());
        boolean broadcast = linkBroadcast || toBroadcast;
        if (!toBroadcast && !isLocal(p.destination())) {
            if (host.config().forwarding() && !linkBroadcast && !p.destination().isMulticast()) {
                forward(p);
            } else {
                c.increment(StackCounter.IP_NOT_FOR_US);
            }
            return;
        }
        if (p.isFragment()) {
            p = reassembler.add(p);
            if (p == null) {
                return;
            }
        }
        deliver(p, broadcast);
    }

    private void deliver(Ipv4Packet p, boolean broadcast) {
        ProtocolHandler h = protocols.get(p.protocol());
        if (h == null) {
            host.counters().increment(StackCounter.IP_UNKNOWN_PROTOCOL);
            if (!broadcast) {
                host.icmp().error(p, IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_PROTOCOL_UNREACHABLE, 0);
            }
            return;
        }
        host.counters().increment(StackCounter.IP_DELIVERED);
        if (host.tracer().enabled()) {
            host.tracer().event(TraceLayer.IP, String.format("datagram %s -> %s (id %d, TTL %d, header checksum good) is for us: protocol %d goes to %s",
                    p.source(), p.destination(), p.identification(), p.ttl(), p.protocol(), h.getClass().getSimpleName().toUpperCase(Locale.ROOT)));
        }
        h.receive(p, broadcast);
    }

    private void forward(Ipv4Packet p) {
        if (p.ttl() <= 1) {
            host.counters().increment(StackCounter.IP_TTL_EXCEEDED);
            host.icmp().error(p, IcmpMessage.TIME_EXCEEDED, IcmpMessage.CODE_TTL_EXCEEDED, 0);
            return;
        }
        Route route = host.routes().lookup(p.destination());
        if (route == null) {
            host.counters().increment(StackCounter.IP_NO_ROUTE);
            host.icmp().error(p, IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_NET_UNREACHABLE, 0);
            return;
        }
        host.counters().increment(StackCounter.IP_FORWARDED);
        output(p.withTtl(p.ttl() - 1), route, true);
    }

    /** The route a datagram to {@code destination} takes; throws ENETUNREACH when there is none. */
    public Route route(Ipv4Address destination) throws SocketError {
        Route r = destination.isLimitedBroadcast() ? broadcastRoute() : host.routes().lookup(destination);
        if (r == null) {
            throw new SocketError(Errno.ENETUNREACH, "no route to " + destination);
        }
        return r;
    }

    /** 255.255.255.255 leaves by the default route's interface, or the first interface. */
    private Route broadcastRoute() {
        Route r = host.routes().lookup(Ipv4Address.ANY);
        if (r != null) {
            return new Route(r.destination(), null, r.iface());
        }
        return host.interfaces().isEmpty() ? null : new Route(Ipv4Prefix.DEFAULT, null, host.interfaces().get(0));
    }

    /** The source address a datagram to {@code destination} gets: the outgoing interface's. */
    public Ipv4Address sourceFor(Ipv4Address destination) throws SocketError {
        if (isLocal(destination)) {
            return destination;
        }
        return route(destination).iface().address().address();
    }

    /** A fresh identification (RFC 6864: unique per source, destination and protocol while in flight). */
    public int nextIdentification() {
        int id = nextIdentification;
        nextIdentification = (nextIdentification + 1) & 0xFFFF;
        return id;
    }

    /**
     * Sends a datagram this host made, on the loop. A datagram to one of our own addresses is
     * delivered locally, as if it had arrived; others go by the routing table. Failures are
     * counted (callers check the route first to report ENETUNREACH).
     */
    public void send(Ipv4Packet p) {
        if (isLocal(p.destination())) {
            host.counters().increment(StackCounter.IP_LOCAL_DELIVERY);
            byte[] copy = p.toBytes(); // the receiver sees a datagram of its own, as from a device
            host.loop().execute(() -> {
                Ipv4Packet q = Ipv4Packet.parse(ByteBuffer.wrap(copy)).value();
                if (q.isFragment()) {
                    q = reassembler.add(q);
                }
                if (q != null) {
                    deliver(q, false);
                }
            });
            return;
        }
        Route route;
        try {
            route = route(p.destination());
        } catch (SocketError e) {
            host.counters().increment(StackCounter.IP_NO_ROUTE);
            return;
        }
        output(p, route, false);
    }

    /**
     * How long a TCP datagram to {@code destination} may be for the outgoing device to cut it into
     * segments itself (TCP segmentation offload), 0 when the device has no such offload.
     */
    public int segmentationOffloadTowards(Ipv4Address destination) {
        if (isLocal(destination)) {
            return 0;
        }
        try {
            return route(destination).iface().segmentationOffload();
        } catch (SocketError e) {
            return 0;
        }
    }

    /**
     * Hands a TCP datagram longer than the MTU to the outgoing device to cut into segments of
     * {@code segmentSize} data bytes. False, with nothing sent, when that cannot be done now (no
     * route, no offload for that long a datagram, or the next hop's link address not known): the
     * caller then cuts the segment itself.
     */
    public boolean sendSegmented(Ipv4Packet p, int segmentSize) {
        Route route;
        try {
            route = route(p.destination());
        } catch (SocketError e) {
            return false;
        }
        IpInterface iface = route.iface();
        Ipv4Address nextHop = route.nextHop(p.destination());
        MacAddress mac = iface.arp().lookup(nextHop);
        if (mac == null || isLocal(p.destination()) || p.length() > iface.segmentationOffload()) {
            return false;
        }
        iface.sendFrame(mac, EthernetFrame.TYPE_IPV4, frame(iface, nextHop, p), segmentSize);
        return true;
    }

    private void output(Ipv4Packet p, Route route, boolean forwarded) {
        IpInterface iface = route.iface();
        Ipv4Address nextHop = route.nextHop(p.destination());
        int mtu = iface.mtu();
        if (p.length() <= mtu) {
            transmit(iface, nextHop, p);
            return;
        }
        if (p.dontFragment()) {
            host.counters().increment(StackCounter.IP_FRAGMENTATION_NEEDED);
            if (forwarded) {
                host.icmp().error(p, IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_FRAGMENTATION_NEEDED, mtu); // RFC 1191
            }
            return;
        }
        fragment(p, mtu, iface, nextHop);
    }

    /**
     * Splits {@code p} into fragments that fit {@code mtu} (RFC 791 section 3.2): data in multiples
     * of 8 bytes, the first fragment with all options, the rest with the copied ones. A datagram
     * that is itself a fragment (being forwarded) keeps its offset and its more-fragments flag.
     */
    private void fragment(Ipv4Packet p, int mtu, IpInterface iface, Ipv4Address nextHop) {
        ByteBuffer data = p.payload();
        int total = data.remaining();
        ByteBuffer laterOptions = Ipv4Options.copiedOnFragmentation(p.options());
        int offset = 0;
        while (offset < total) {
            ByteBuffer options = offset == 0 ? p.options() : laterOptions;
            int room = (mtu - Ipv4Packet.MIN_HEADER_LENGTH - options.remaining()) & ~7;
            int n = Math.min(room, total - offset);
            boolean last = offset + n == total;
            Ipv4Packet f = p.fragment(p.fragmentOffset() + offset, !last || p.moreFragments(), options,
                    data.slice(data.position() + offset, n));
            transmit(iface, nextHop, f);
            host.counters().increment(StackCounter.IP_FRAGMENTS_OUT);
            offset += n;
        }
    }

    private void transmit(IpInterface iface, Ipv4Address nextHop, Ipv4Packet p) {
        iface.transmit(nextHop, frame(iface, nextHop, p));
    }

    /** A frame for {@code p}, the Ethernet header left for the interface to fill in; counted and traced as a datagram out. */
    private byte[] frame(IpInterface iface, Ipv4Address nextHop, Ipv4Packet p) {
        byte[] frame = new byte[EthernetFrame.HEADER_LENGTH + p.length()];
        p.emit(ByteBuffer.wrap(frame), EthernetFrame.HEADER_LENGTH);
        host.counters().increment(StackCounter.IP_OUT);
        if (host.tracer().enabled()) {
            host.tracer().event(TraceLayer.IP, String.format("datagram %s -> %s, protocol %d, %d bytes, TTL %d, id %d: route %s leaves by %s, next hop %s",
                    p.source(), p.destination(), p.protocol(), p.length(), p.ttl(), p.identification(), host.routes().lookup(p.destination()),
                    iface.name(), nextHop));
        }
        return frame;
    }

    /** ARP could not resolve the next hop of {@code datagram}: tell its source (RFC 1122 section 2.3.2.2). */
    void unreachable(ByteBuffer datagram) {
        Parsed<Ipv4Packet> p = Ipv4Packet.parse(datagram);
        if (p.isOk()) {
            host.icmp().error(p.value(), IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_HOST_UNREACHABLE, 0);
        }
    }
}
