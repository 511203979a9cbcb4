package jnic.stack.iface;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import jnic.driver.NetDevice;
import jnic.driver.time.EventLoop;
import jnic.driver.trace.Tracer;
import jnic.stack.icmp.Icmp;
import jnic.stack.tcp.Tcp;
import jnic.stack.udp.Udp;
import jnic.stack.wire.Ipv4Address;
import jnic.stack.wire.Ipv4Packet;
import jnic.stack.wire.Ipv4Prefix;

/**
 * One IPv4 host: its interfaces, routing table, IPv4 layer and transport protocols, all driven by
 * one {@link EventLoop}. Frames, timers and API calls are handled on that loop one at a time, so
 * protocol state needs no locks and a run in simulated time repeats exactly.
 *
 * <p>Configuration (attach, routes) may be called from any thread. Protocol APIs say which calls
 * work off the loop.
 */
public final class Host implements AutoCloseable {
    private final String name;
    private final EventLoop loop;
    private final HostConfig config;
    private final Counters counters = new Counters();
    private final RoutingTable routes = new RoutingTable();
    private final List<IpInterface> interfaces = new CopyOnWriteArrayList<>();
    private final Random random;
    private final Ipv4 ip;
    private final Icmp icmp;
    private final Udp udp;
    private final Tcp tcp;
    private volatile Tracer tracer = Tracer.OFF;
    private boolean inReceiveBurst;

    public Host(String name, EventLoop loop) {
        this(name, loop, HostConfig.DEFAULT);
    }

    public Host(String name, EventLoop loop, HostConfig config) {
        this.name = name;
        this.loop = loop;
        this.config = config;
        this.random = config.seed() == null ? new SecureRandom() : new Random(config.seed());
        this.ip = new Ipv4(this, random.nextInt());
        this.icmp = new Icmp(this, random.nextInt(0x10000));
        this.udp = new Udp(this, random);
        this.tcp = new Tcp(this, config.tcp(), random);
        ip.register(Ipv4Packet.PROTOCOL_ICMP, icmp);
        ip.register(Ipv4Packet.PROTOCOL_UDP, udp);
        ip.register(Ipv4Packet.PROTOCOL_TCP, tcp);
    }

    /**
     * Puts {@code device} into this host with {@code address}: the subnet becomes a connected
     * route, received frames start flowing to the loop, and an ARP announcement goes out.
     */
    public IpInterface attach(NetDevice device, InterfaceAddress address) {
        if (interfaceWithAddress(address.address()) != null) {
            throw new IllegalArgumentException(name + " already has " + address.address());
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
        throw new IllegalArgumentException(name + ": gateway " + gateway + " is on none of its subnets");
    }

    public void setDefaultGateway(Ipv4Address gateway) {
        addRoute(Ipv4Prefix.DEFAULT, gateway);
    }

    /** Narrates what this host's layers do to {@code t} ({@link Tracer#OFF} to stop); for {@code jnic trace}. */
    public void setTracer(Tracer t) {
        tracer = t == null ? Tracer.OFF : t;
    }

    public Tracer tracer() {
        return tracer;
    }

    public String name() {
        return name;
    }

    public EventLoop loop() {
        return loop;
    }

    public HostConfig config() {
        return config;
    }

    public Counters counters() {
        return counters;
    }

    public RoutingTable routes() {
        return routes;
    }

    public List<IpInterface> interfaces() {
        return interfaces;
    }

    /** The first interface's address: the host's address when it has one interface. */
    public Ipv4Address address() {
        if (interfaces.isEmpty()) {
            throw new IllegalStateException(name + " has no interface");
        }
        return interfaces.get(0).address().address();
    }

    public Ipv4 ip() {
        return ip;
    }

    public Icmp icmp() {
        return icmp;
    }

    public Udp udp() {
        return udp;
    }

    public Tcp tcp() {
        return tcp;
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

    /** The loop's time, nanoseconds. */
    public long now() {
        return loop.clock().nanos();
    }

    /** Runs {@code task} now when on the loop, else posts it there. */
    public void onLoop(Runnable task) {
        if (loop.inLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }

    /**
     * Handles a burst of frames that arrived together (what an interface found waiting for the
     * loop), then does once what the burst deferred: TCP acknowledges each connection's share of
     * the burst with one ACK, as a receiver behind GRO does, instead of one per second segment.
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
            tcp.endOfReceiveBurst();
        }
    }

    /** Whether the loop is handling a burst of received frames now (see {@link #receiveBurst}). */
    public boolean inReceiveBurst() {
        return inReceiveBurst;
    }

    /** Detaches the devices' handlers; the devices stay open (they belong to the caller). */
    @Override
    public void close() {
        for (IpInterface i : interfaces) {
            i.device().setHandler(null);
        }
        udp.closeAll();
    }

    @Override
    public String toString() {
        return name + " " + interfaces;
    }
}
