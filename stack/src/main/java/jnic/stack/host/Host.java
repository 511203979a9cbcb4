package jnic.stack.host;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import jnic.driver.NetDevice;
import jnic.driver.time.EventLoop;
import jnic.driver.trace.Tracer;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Ipv4Prefix;
import jnic.stack.EphemeralPorts;
import jnic.stack.icmp.Icmp;
import jnic.stack.iface.Counters;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.iface.IpInterface;
import jnic.stack.iface.Ipv4;
import jnic.stack.iface.RoutingTable;
import jnic.stack.tcp.Tcp;
import jnic.stack.udp.Udp;

/**
 * One IPv4 host, assembled: its IP layer ({@link Ipv4}: interfaces, routing, ARP, reassembly, ICMP
 * errors) and the transports on it (ICMP echo, UDP, TCP), all driven by one {@link EventLoop}.
 * Frames, timers and API calls are handled on that loop one at a time, so protocol state needs
 * no locks and a run in simulated time repeats exactly. This class only builds and wires the
 * layers and hands them out; each layer sees only the one below it.
 *
 * <p>Configuration (attach, routes) may be called from any thread. Protocol APIs say which calls
 * work off the loop.
 */
public final class Host implements AutoCloseable {
    private final String name;
    private final HostConfig config;
    private final Ipv4 ip;
    private final Icmp icmp;
    private final Udp udp;
    private final Tcp tcp;

    public Host(String name, EventLoop loop) {
        this(name, loop, HostConfig.DEFAULT);
    }

    public Host(String name, EventLoop loop, HostConfig config) {
        this.name = name;
        this.config = config;
        Random random = config.seed() == null ? new SecureRandom() : new Random(config.seed());
        this.ip = new Ipv4(name, loop, config.ip(), random.nextInt());
        this.icmp = new Icmp(ip, random.nextInt(0x10000));
        EphemeralPorts ports = new EphemeralPorts(random);
        this.udp = new Udp(ip, ports);
        this.tcp = new Tcp(ip, config.tcp(), ports, random);
        ip.register(Ipv4Packet.PROTOCOL_ICMP, icmp);
        ip.register(Ipv4Packet.PROTOCOL_UDP, udp);
        ip.register(Ipv4Packet.PROTOCOL_TCP, tcp);
    }

    /**
     * Puts {@code device} into this host with {@code address}: the subnet becomes a connected
     * route, received frames start flowing to the loop, and an ARP announcement goes out.
     */
    public IpInterface attach(NetDevice device, InterfaceAddress address) {
        return ip.attach(device, address);
    }

    /** A route to {@code destination} through {@code gateway}, which must be on a connected subnet. */
    public void addRoute(Ipv4Prefix destination, Ipv4Address gateway) {
        ip.addRoute(destination, gateway);
    }

    public void setDefaultGateway(Ipv4Address gateway) {
        addRoute(Ipv4Prefix.DEFAULT, gateway);
    }

    /** Narrates what this host's layers do to {@code t} ({@link Tracer#OFF} to stop); for {@code jnic trace}. */
    public void setTracer(Tracer t) {
        ip.setTracer(t);
    }

    public Tracer tracer() {
        return ip.tracer();
    }

    public String name() {
        return name;
    }

    public EventLoop loop() {
        return ip.loop();
    }

    public HostConfig config() {
        return config;
    }

    public Counters counters() {
        return ip.counters();
    }

    public RoutingTable routes() {
        return ip.routes();
    }

    public List<IpInterface> interfaces() {
        return ip.interfaces();
    }

    /** The first interface's address: the host's address when it has one interface. */
    public Ipv4Address address() {
        if (ip.interfaces().isEmpty()) {
            throw new IllegalStateException(name + " has no interface");
        }
        return ip.interfaces().get(0).address().address();
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
        return ip.interfaceWithAddress(a);
    }

    /** The loop's time, nanoseconds. */
    public long now() {
        return ip.now();
    }

    /** Runs {@code task} now when on the loop, else posts it there. */
    public void onLoop(Runnable task) {
        ip.onLoop(task);
    }

    /** Detaches the devices' handlers and closes the UDP sockets; the devices stay open (they belong to the caller). */
    @Override
    public void close() {
        ip.detachAll();
        udp.closeAll();
    }

    @Override
    public String toString() {
        return name + " " + ip.interfaces();
    }
}
