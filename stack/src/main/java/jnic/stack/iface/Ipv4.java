package jnic.stack.iface;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jnic.driver.NetDevice;
import jnic.driver.time.EventLoop;
import jnic.driver.trace.TraceLayer;
import jnic.driver.trace.Tracer;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Options;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Ipv4Prefix;
import jnic.net.wire.MacAddress;
import jnic.net.wire.Parsed;
import jnic.stack.Errno;
import jnic.stack.SocketError;

/**
 * A host's IPv4 layer (RFC 791, RFC 1122 section 3.2, RFC 1812 for forwarding): its interfaces
 * and routing table, input checks, delivery to the transport protocols, forwarding between
 * interfaces when enabled, output by the routing table with fragmentation to the interface's MTU,
 * reassembly, and the ICMP errors all of that calls for. The transports see it through
 * {@link IpLayer}; the host that assembles them ({@code jnic.stack.host.Host}) sits above.
 *
 * <p>Everything runs on one {@link EventLoop}: frames, timers and API calls one at a time, so
 * protocol state needs no locks and a run in simulated time repeats exactly. Configuration
 * (attach, routes) may be called from any thread.
 */
public final class Ipv4 implements IpLayer {
    private final String hostName;
    private final EventLoop loop;
    private final IpConfig config;
    private final Counters counters = new Counters();
    private final RoutingTable routes = new RoutingTable();
    private final List<IpInterface> interfaces = new CopyOnWriteArrayList<>();
    private final Map<Integer, ProtocolHandler> protocols = new ConcurrentHashMap<>();
    private final Reassembler reassembler;
    private final IcmpErrors icmpErrors;
    private volatile Tracer tracer = Tracer.OFF;
    private boolean inReceiveBurst;
    private int nextIdentification;

    /** An IP layer with no interface yet; {@code firstIdentification} seeds the datagram IDs. */
    public Ipv4(String hostName, EventLoop loop, IpConfig config, int firstIdentification) {
        this.hostName = hostName;
        this.loop = loop;
        this.config = config;
        this.reassembler = new Reassembler(this);
        this.icmpErrors = new IcmpErrors(this);
        this.nextIdentification = firstIdentification & 0xFFFF;
    }

    /**
     * Puts {@code device} into the host with {@code address}: the subnet becomes a connected
     * route, received frames start flowing to the loop, and an ARP announcement goes out.
     */
    public IpInterface attach(NetDevice device, InterfaceAddress address) {
        if (interfaceWithAddress(address.address()) != null) {
            throw new IllegalArgumentException(hostName + " already has " + address.address());
        }
        IpInterface iface = new IpInterface(this, device, address);
        interfaces.add(iface);
        routes.add(new Route(address.subnet(), null, iface));
        iface.start();
        return iface;
    }

    /** A route to {@code destination} through {@code gateway}, which must be on a connected subnet. */
    public void addRoute(Ipv4Prefix destination, Ipv4Address gateway) {
        for (IpInterface i : interfaces) {
            if (i.address().subnet().contains(gateway)) {
                routes.add(new Route(destination, gateway, i));
                return;
            }
        }
        throw new IllegalArgumentException(hostName + ": gateway " + gateway + " is on none of its subnets");
    }

    /** Detaches the devices' handlers; the devices stay open (they belong to the caller). */
    public void detachAll() {
        for (IpInterface i : interfaces) {
            i.device().setHandler(null);
        }
    }

    /** Narrates what the host's layers do to {@code t} ({@link Tracer#OFF} to stop). */
    public void setTracer(Tracer t) {
        tracer = t == null ? Tracer.OFF : t;
    }

    @Override
    public Tracer tracer() {
        return tracer;
    }

    @Override
    public String hostName() {
        return hostName;
    }

    @Override
    public EventLoop loop() {
        return loop;
    }

    public IpConfig config() {
        return config;
    }

    @Override
    public int defaultTtl() {
        return config.defaultTtl();
    }

    @Override
    public Counters counters() {
        return counters;
    }

    public RoutingTable routes() {
        return routes;
    }

    public List<IpInterface> interfaces() {
        return interfaces;
    }

    /** The interface that has address {@code a}, or null. */
    public IpInterface interfaceWithAddress(Ipv4Address a) {
        for (IpInterface i : interfaces) {
            if (i.address().address().equals(a)) {
                return i;
            }
        }
        return null;
    }

    /**
     * Handles a burst of frames that arrived together (what an interface found waiting for the
     * loop), then tells each protocol the burst is over: TCP acknowledges each connection's share
     * of the burst with one ACK, as a receiver behind GRO does, instead of one per second segment.
     * Loop only.
     */
    void receiveBurst(Runnable handleFrames) {
        if (inReceiveBurst) {
            handleFrames.run();
            return;
        }
        inReceiveBurst = true;
        try {
            handleFrames.run();
        } finally {
            inReceiveBurst = false;
            for (ProtocolHandler h : protocols.values()) {
                h.endOfReceiveBurst();
            }
        }
    }

    @Override
    public boolean inReceiveBurst() {
        return inReceiveBurst;
    }

    @Override
    public void sendIcmpError(Ipv4Packet original, int type, int code, int restOfHeader) {
        icmpErrors.send(original, type, code, restOfHeader);
    }

    @Override
    public void register(int protocol, ProtocolHandler handler) {
        protocols.put(protocol, handler);
    }

    @Override
    public ProtocolHandler handler(int protocol) {
        return protocols.get(protocol);
    }

    /** Payload bytes held by unfinished reassemblies. */
    public int reassemblyMemory() {
        return reassembler.memory();
    }

    @Override
    public boolean isLocal(Ipv4Address a) {
        return a.isLoopback() || interfaceWithAddress(a) != null;
    }

    @Override
    public boolean isBroadcast(Ipv4Address a) {
        if (a.isLimitedBroadcast()) {
            return true;
        }
        for (IpInterface i : interfaces) {
            if (a.equals(i.address().broadcast())) {
                return true;
            }
        }
        return false;
    }

    void input(IpInterface iface, ByteBuffer datagram, boolean linkBroadcast) {
        Counters c = counters;
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
        if (src.isMulticast()
                || src.isLimitedBroadcast()
                || src.isLoopback()
                || src.equals(iface.address().broadcast())
                || p.destination().isLoopback()) {
            c.increment(StackCounter.IP_MARTIAN);
            return;
        }
        boolean toBroadcast = isBroadcast(p.destination());
        boolean broadcast = linkBroadcast || toBroadcast;
        if (!toBroadcast && !isLocal(p.destination())) {
            if (config.forwarding() && !linkBroadcast && !p.destination().isMulticast()) {
                forward(p);
            } else {
                c.increment(StackCounter.IP_NOT_FOR_US);
            }
            return;
        }
        if (p.isFragment()) {
            Ipv4Packet whole = reassembler.add(p);
            if (tracer.enabled()) {
                tracer.event(
                        TraceLayer.IP,
                        String.format(
                                "fragment of datagram %s -> %s (id %d) arrives: offset %d bytes, %d bytes of data, %s"
                                        + " (RFC 791 section 3.2): %s",
                                p.source(),
                                p.destination(),
                                p.identification(),
                                p.fragmentOffset(),
                                p.payload().remaining(),
                                p.moreFragments() ? "more fragments follow (MF set)" : "the last piece (MF clear)",
                                whole == null
                                        ? "held until every piece has come"
                                        : "with it every piece is here: reassembled into one datagram of "
                                                + whole.length() + " bytes"));
            }
            if (whole == null) {
                return;
            }
            p = whole;
        }
        deliver(p, broadcast);
    }

    private void deliver(Ipv4Packet p, boolean broadcast) {
        ProtocolHandler h = protocols.get(p.protocol());
        if (h == null) {
            counters.increment(StackCounter.IP_UNKNOWN_PROTOCOL);
            if (!broadcast) {
                sendIcmpError(p, IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_PROTOCOL_UNREACHABLE, 0);
            }
            return;
        }
        counters.increment(StackCounter.IP_DELIVERED);
        if (tracer.enabled()) {
            tracer.event(
                    TraceLayer.IP,
                    String.format(
                            "datagram %s -> %s (id %d, TTL %d, header checksum good) is for us: protocol %d goes to %s",
                            p.source(),
                            p.destination(),
                            p.identification(),
                            p.ttl(),
                            p.protocol(),
                            h.getClass().getSimpleName().toUpperCase(Locale.ROOT)));
        }
        h.receive(p, broadcast);
    }

    private void forward(Ipv4Packet p) {
        if (p.ttl() <= 1) {
            counters.increment(StackCounter.IP_TTL_EXCEEDED);
            if (tracer.enabled()) {
                tracer.event(
                        TraceLayer.IP,
                        String.format(
                                "datagram %s -> %s (id %d) is not for us and arrives with TTL %d: it may go no"
                                        + " further (RFC 1812 section 5.3.1); dropped, and its source is told (ICMP"
                                        + " time exceeded)",
                                p.source(), p.destination(), p.identification(), p.ttl()));
            }
            sendIcmpError(p, IcmpMessage.TIME_EXCEEDED, IcmpMessage.CODE_TTL_EXCEEDED, 0);
            return;
        }
        Route route = routes.lookup(p.destination());
        if (route == null) {
            counters.increment(StackCounter.IP_NO_ROUTE);
            sendIcmpError(p, IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_NET_UNREACHABLE, 0);
            return;
        }
        counters.increment(StackCounter.IP_FORWARDED);
        if (tracer.enabled()) {
            tracer.event(
                    TraceLayer.IP,
                    String.format(
                            "forwards datagram %s -> %s (id %d, %d bytes%s): not for us, and this host routes;"
                                    + " TTL %d -> %d and the header checksum computed again (RFC 1812 section 5.3.1),"
                                    + " route %s",
                            p.source(),
                            p.destination(),
                            p.identification(),
                            p.length(),
                            p.isFragment()
                                    ? ", a fragment at offset " + p.fragmentOffset()
                                            + (p.moreFragments() ? ", MF" : ", the last")
                                    : "",
                            p.ttl(),
                            p.ttl() - 1,
                            route));
        }
        output(p.withTtl(p.ttl() - 1), route, true);
    }

    @Override
    public int mtuTowards(Ipv4Address destination) {
        try {
            return route(destination).iface().mtu();
        } catch (SocketError e) {
            return 576; // RFC 791: every host takes 576-byte datagrams
        }
    }

    /** The route a datagram to {@code destination} takes; throws ENETUNREACH when there is none. */
    public Route route(Ipv4Address destination) throws SocketError {
        Route r = destination.isLimitedBroadcast() ? broadcastRoute() : routes.lookup(destination);
        if (r == null) {
            throw new SocketError(Errno.ENETUNREACH, "no route to " + destination);
        }
        return r;
    }

    /** 255.255.255.255 leaves by the default route's interface, or the first interface. */
    private Route broadcastRoute() {
        Route r = routes.lookup(Ipv4Address.ANY);
        if (r != null) {
            return new Route(r.destination(), null, r.iface());
        }
        return interfaces.isEmpty() ? null : new Route(Ipv4Prefix.DEFAULT, null, interfaces.get(0));
    }

    @Override
    public Ipv4Address sourceFor(Ipv4Address destination) throws SocketError {
        if (isLocal(destination)) {
            return destination;
        }
        return route(destination).iface().address().address();
    }

    /** RFC 6864: unique per source, destination and protocol while in flight. */
    @Override
    public int nextIdentification() {
        int id = nextIdentification;
        nextIdentification = (nextIdentification + 1) & 0xFFFF;
        return id;
    }

    /**
     * A datagram to one of our own addresses is delivered locally, as if it had arrived; others go
     * by the routing table. Failures are counted (callers check the route first to report
     * ENETUNREACH).
     */
    @Override
    public void send(Ipv4Packet p) {
        if (isLocal(p.destination())) {
            counters.increment(StackCounter.IP_LOCAL_DELIVERY);
            byte[] copy = p.toBytes(); // the receiver sees a datagram of its own, as from a device
            loop.execute(() -> {
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
            counters.increment(StackCounter.IP_NO_ROUTE);
            return;
        }
        output(p, route, false);
    }

    @Override
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

    /** Not now: no route, no offload for that long a datagram, or the next hop's link address not known. */
    @Override
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
        iface.sendFrame(mac, EtherType.IPV4, frame(iface, nextHop, p), segmentSize);
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
            counters.increment(StackCounter.IP_FRAGMENTATION_NEEDED);
            if (forwarded) {
                sendIcmpError(
                        p, IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_FRAGMENTATION_NEEDED, mtu); // RFC 1191
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
        List<Ipv4Packet> fragments = new ArrayList<>();
        int offset = 0;
        while (offset < total) {
            ByteBuffer options = offset == 0 ? p.options() : laterOptions;
            int room = (mtu - Ipv4Packet.MIN_HEADER_LENGTH - options.remaining()) & ~7;
            int n = Math.min(room, total - offset);
            boolean last = offset + n == total;
            fragments.add(p.fragment(
                    p.fragmentOffset() + offset,
                    !last || p.moreFragments(),
                    options,
                    data.slice(data.position() + offset, n)));
            offset += n;
        }
        if (tracer.enabled()) {
            StringBuilder pieces = new StringBuilder();
            for (Ipv4Packet f : fragments) {
                pieces.append(pieces.isEmpty() ? "" : "; ")
                        .append(String.format(
                                "offset %d (field %d), %d bytes, %s",
                                f.fragmentOffset(),
                                f.fragmentOffset() / 8,
                                f.payload().remaining(),
                                f.moreFragments() ? "MF" : "last"));
            }
            tracer.event(
                    TraceLayer.IP,
                    String.format(
                            "datagram %s -> %s (id %d, %d bytes) does not fit %s's MTU of %d bytes and may be"
                                    + " fragmented (DF clear): cut into %d fragments of the same id, data in multiples"
                                    + " of 8 bytes (RFC 791 section 3.2): %s",
                            p.source(),
                            p.destination(),
                            p.identification(),
                            p.length(),
                            iface.name(),
                            mtu,
                            fragments.size(),
                            pieces));
        }
        for (Ipv4Packet f : fragments) {
            // Counted before it goes: a peer that has the last fragment must find it counted.
            counters.increment(StackCounter.IP_FRAGMENTS_OUT);
            transmit(iface, nextHop, f);
        }
    }

    private void transmit(IpInterface iface, Ipv4Address nextHop, Ipv4Packet p) {
        iface.transmit(nextHop, frame(iface, nextHop, p));
    }

    /** A frame for {@code p}, the Ethernet header left for the interface to fill in; counted and traced as a datagram out. */
    private byte[] frame(IpInterface iface, Ipv4Address nextHop, Ipv4Packet p) {
        byte[] frame = new byte[EthernetFrame.HEADER_LENGTH + p.length()];
        p.emit(ByteBuffer.wrap(frame), EthernetFrame.HEADER_LENGTH);
        counters.increment(StackCounter.IP_OUT);
        if (tracer.enabled()) {
            tracer.event(
                    TraceLayer.IP,
                    String.format(
                            "datagram %s -> %s, protocol %d, %d bytes, TTL %d, id %d: route %s leaves by %s, next hop %s",
                            p.source(),
                            p.destination(),
                            p.protocol(),
                            p.length(),
                            p.ttl(),
                            p.identification(),
                            routes.lookup(p.destination()),
                            iface.name(),
                            nextHop));
        }
        return frame;
    }

    /** ARP could not resolve the next hop of {@code datagram}: tell its source (RFC 1122 section 2.3.2.2). */
    void unreachable(ByteBuffer datagram) {
        Parsed<Ipv4Packet> p = Ipv4Packet.parse(datagram);
        if (p.isOk()) {
            sendIcmpError(p.value(), IcmpMessage.DESTINATION_UNREACHABLE, IcmpMessage.CODE_HOST_UNREACHABLE, 0);
        }
    }
}
