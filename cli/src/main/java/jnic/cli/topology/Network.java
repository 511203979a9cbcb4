package jnic.cli.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jnic.cli.trace.TraceRecorder;
import jnic.driver.NetDevice;
import jnic.driver.bridge.LearningBridge;
import jnic.driver.bridge.StationRelay;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.driver.trace.Tracer;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Prefix;
import jnic.net.wire.MacAddress;
import jnic.sim.Medium;
import jnic.stack.dns.DnsResponder;
import jnic.stack.echo.Echo;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.http.HttpServer;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.iface.IpInterface;

/**
 * A {@link Topology} built on simulated hardware: one world, one time base. A cable or hub segment
 * is one medium of the world; a switch is a {@link LearningBridge} whose every port is a generated
 * adapter on a cable of its own to one station (so the world has a wire per switch port). Every
 * station's interface is a generated adapter driven by the Java driver; hosts are jnic stacks, routers
 * jnic stacks with forwarding on. Each wire can be captured into its own pcapng file.
 */
public final class Network implements AutoCloseable {
    /** The name the server's DNS answers for. */
    public static final String NAME = "www.jnic.test";

    /** The server's echo port (RFC 862), TCP and UDP. */
    public static final int ECHO_PORT = 7;

    /** One wire of the world: its name (the segment's, or switch-host for a switch port's cable), kind and capture. */
    public record Wire(String name, Medium medium, Path capture) {}

    /** The address the kernel's side of a TAP station takes, so the station's adapter filters for it. */
    public static final MacAddress TAP_STATION_ADDRESS = MacAddress.parse("02:4a:4e:54:41:50");

    /**
     * One interface of a host: its adapter, address and IP interface (null for the TAP station,
     * whose IP layer is the kernel's), on which wire.
     */
    public record Attachment(String host, SimNic adapter, InterfaceAddress address, IpInterface ip, String wire) {}

    private final Topology topology;
    private final SimLan lan;
    private final List<Wire> wires;
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final Map<String, LearningBridge> switches = new LinkedHashMap<>();
    private final List<String> stationNames = new ArrayList<>();
    private TraceRecorder trace;
    private StationRelay tapStation;

    private Network(Topology topology, SimLan lan, List<Wire> wires) {
        this.topology = topology;
        this.lan = lan;
        this.wires = wires;
    }

    /** A station of the world: a host's interface, or a switch's port. */
    private record Station(String host, int iface, String switchName) {}

    /**
     * Builds {@code t}: the world, the adapters (their start-up runs in simulated time), the hosts,
     * routes and switches, and the roles (the server's DNS and page, the chatty station). With a
     * {@code captures} directory, every wire is captured into NAME.pcapng there.
     */
    public static Network build(Topology t, Path captures, byte[] page) throws Exception {
        return build(t, captures, Map.of("/", page), null);
    }

    /**
     * As {@link #build(Topology, Path, byte[])}, the server holding {@code pages}; with
     * {@code tapHost} (a TAP device opened without offloads), the host of role {@code tap} is the
     * Linux kernel behind it: its adapter takes {@link #TAP_STATION_ADDRESS} and relays every frame
     * between the kernel and the line.
     */
    public static Network build(Topology t, Path captures, Map<String, byte[]> pages, NetDevice tapHost)
            throws Exception {
        return build(t, captures, pages, tapHost, null);
    }

    /**
     * As {@link #build(Topology, Path, Map, NetDevice)}, with the first adapter of host
     * {@code traceableHost} (if not null) built so that it can be traced into a VCD at any time.
     */
    public static Network build(
            Topology t, Path captures, Map<String, byte[]> pages, NetDevice tapHost, String traceableHost)
            throws Exception {
        return build(t, captures, pages, tapHost, traceableHost, null);
    }

    /**
     * As {@link #build(Topology, Path, Map, NetDevice, String)}; with a {@code trace}, every
     * adapter's driver narrates into it from its start-up on (a switch's ports under the switch's
     * name), and every host's layers once the network is built ({@link #trace()}).
     */
    public static Network build(
            Topology t,
            Path captures,
            Map<String, byte[]> pages,
            NetDevice tapHost,
            String traceableHost,
            Function<SimLan, TraceRecorder> trace)
            throws Exception {
        List<SimLan.Segment> segments = new ArrayList<>();
        List<List<Station>> members = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        List<Topology.Segment> segmentOfWire = new ArrayList<>();
        for (Topology.Segment s : t.segments()) {
            List<Station> on = new ArrayList<>();
            for (Topology.HostSpec h : t.hosts()) {
                for (int i = 0; i < h.interfaces().size(); i++) {
                    if (h.interfaces().get(i).segment().equals(s.name())) {
                        on.add(new Station(h.name(), i, null));
                    }
                }
            }
            if (s.kindValue() == Topology.Kind.SWITCH) {
                for (Station st : on) { // a cable from the station to a switch port of its own
                    String wire = unique(wires, s.name() + "-" + st.host());
                    segments.add(new SimLan.Segment(Medium.CABLE, 2));
                    members.add(List.of(st, new Station(null, -1, s.name())));
                    wires.add(new Wire(wire, Medium.CABLE, capture(captures, wire)));
                    segmentOfWire.add(s);
                }
            } else {
                Medium m = s.kindValue() == Topology.Kind.CABLE ? Medium.CABLE : Medium.HUB;
                segments.add(new SimLan.Segment(m, on.size()));
                members.add(on);
                String wire = unique(wires, s.name());
                wires.add(new Wire(wire, m, capture(captures, wire)));
                segmentOfWire.add(s);
            }
        }
        SimLan.Build build = SimLan.Build.valueOf(t.build().toUpperCase(Locale.ROOT));
        SimLan.Options options =
                SimLan.Options.network(build, segments).withImpairments(t.bitErrorRate(), t.frameLoss(), t.seed());
        int station = 0;
        for (List<Station> on : members) {
            for (Station st : on) {
                if (traceableHost != null && traceableHost.equals(st.host()) && st.iface() == 0) {
                    options = options.withTraceable(station);
                }
                station++;
            }
        }
        SimLan lan = SimLan.create(options);
        Network n = new Network(t, lan, wires);
        try {
            n.trace = trace == null ? null : trace.apply(lan);
            for (int w = 0; w < wires.size(); w++) {
                Topology.Segment s = segmentOfWire.get(w);
                if (s.bitErrorRate() != null || s.frameLoss() != null) {
                    lan.impairments(
                            w,
                            s.bitErrorRate() != null ? s.bitErrorRate() : t.bitErrorRate(),
                            s.frameLoss() != null ? s.frameLoss() : t.frameLoss());
                }
            }
            if (captures != null) {
                Files.createDirectories(captures);
                for (int w = 0; w < wires.size(); w++) {
                    lan.capturePcapng(w, wires.get(w).capture());
                }
            }
            n.attach(members, pages, tapHost);
        } catch (Exception | Error e) {
            lan.close();
            throw e;
        }
        return n;
    }

    /** {@code name}, or name-2, name-3... if a wire has it already (each wire has a capture file of its own). */
    private static String unique(List<Wire> wires, String name) {
        String candidate = name;
        for (int k = 2; taken(wires, candidate); k++) {
            candidate = name + "-" + k;
        }
        return candidate;
    }

    private static boolean taken(List<Wire> wires, String name) {
        return wires.stream().anyMatch(w -> w.name().equals(name));
    }

    private static Path capture(Path dir, String wire) {
        return dir == null ? null : dir.resolve(wire + ".pcapng");
    }

    private void attach(List<List<Station>> members, Map<String, byte[]> pages, NetDevice tapHost) throws Exception {
        Map<String, List<SimNic>> switchPorts = new LinkedHashMap<>();
        Map<String, SimNic[]> adapters = new LinkedHashMap<>();
        Map<String, String[]> wireOf = new LinkedHashMap<>();
        int station = 0;
        for (int w = 0; w < members.size(); w++) {
            for (Station st : members.get(w)) {
                stationNames.add(st.switchName() != null ? st.switchName() : st.host());
                if (st.switchName() != null) {
                    Topology.Segment s = segment(st.switchName());
                    int queue = s.queueFrames() == null
                            ? LearningBridge.Config.DEFAULT.outputQueueFrames()
                            : s.queueFrames();
                    switchPorts
                            .computeIfAbsent(st.switchName(), k -> new ArrayList<>())
                            .add(lan.open(
                                    station,
                                    SimNic.Config.defaults()
                                            .withPromiscuous(true)
                                            .withTransmitQueue(queue, 0),
                                    narrator(st.switchName())));
                } else {
                    Topology.HostSpec h = spec(st.host());
                    SimNic.Config config = h.roleValue() == Topology.Role.TAP
                            ? SimNic.Config.defaults()
                                    .withAddress(TAP_STATION_ADDRESS)
                                    .withTransmitQueue(256, 100)
                            : SimNic.Config.defaults();
                    adapters.computeIfAbsent(
                                    h.name(), k -> new SimNic[h.interfaces().size()])[st.iface()] = lan.open(
                            station, config, narrator(h.name()));
                    wireOf.computeIfAbsent(
                                    h.name(), k -> new String[h.interfaces().size()])[st.iface()] = wires.get(w)
                            .name();
                }
                station++;
            }
        }
        for (Map.Entry<String, List<SimNic>> e : switchPorts.entrySet()) {
            Topology.Segment s = segment(e.getKey());
            LearningBridge.Config c = LearningBridge.Config.DEFAULT;
            if (s.ageingSeconds() != null) {
                c = c.withAgeing(Duration.ofNanos((long) (s.ageingSeconds() * 1e9)));
            }
            if (s.queueFrames() != null) {
                c = new LearningBridge.Config(c.ageing(), c.tableCapacity(), s.queueFrames());
            }
            switches.put(e.getKey(), new LearningBridge(e.getKey(), lan, e.getValue(), c));
        }
        long seed = topology.seed();
        for (Topology.HostSpec h : topology.hosts()) {
            if (h.roleValue() == Topology.Role.TAP) {
                if (tapHost == null) {
                    throw new IllegalArgumentException(
                            "host '" + h.name() + "' is a TAP station: it needs a TAP device (jnic lan --tap)");
                }
                SimNic adapter = adapters.get(h.name())[0];
                tapStation = new StationRelay(tapHost, adapter);
                attachments.add(new Attachment(
                        h.name(),
                        adapter,
                        InterfaceAddress.parse(h.interfaces().get(0).address()),
                        null,
                        wireOf.get(h.name())[0]));
                continue;
            }
            Host host = new Host(
                    h.name(),
                    lan,
                    HostConfig.DEFAULT.withForwarding(h.forwards()).withSeed(seed++ * 7919));
            host.setTracer(narrator(h.name()));
            hosts.put(h.name(), host);
            for (int i = 0; i < h.interfaces().size(); i++) {
                Topology.Interface spec = h.interfaces().get(i);
                IpInterface ip = host.attach(adapters.get(h.name())[i], InterfaceAddress.parse(spec.address()));
                Integer mtu = spec.mtu() != null
                        ? spec.mtu()
                        : segment(spec.segment()).mtu();
                if (mtu != null) {
                    ip.setMtu(mtu);
                }
                attachments.add(
                        new Attachment(h.name(), adapters.get(h.name())[i], ip.address(), ip, wireOf.get(h.name())[i]));
            }
            if (h.gateway() != null) {
                host.setDefaultGateway(Ipv4Address.parse(h.gateway()));
            }
            for (Topology.Route r : h.routesOrNone()) {
                host.addRoute(Ipv4Prefix.parse(r.to()), Ipv4Address.parse(r.via()));
            }
        }
        for (Topology.HostSpec h : topology.hosts()) {
            Host host = hosts.get(h.name());
            switch (h.roleValue()) {
                case SERVER -> {
                    new DnsResponder(host, 53, 300).add(NAME, host.address());
                    HttpServer.pages(host, 80, pages, "text/html; charset=utf-8");
                    Echo.serve(host, ECHO_PORT);
                }
                case CHATTY ->
                    Chatter.start(host, lan, host.interfaces().get(0).address().broadcast());
                default -> {
                    // a client is driven by the caller; other hosts only answer (ARP, ping)
                }
            }
        }
    }

    /** Where {@code name}'s layers narrate: the trace, or nowhere. */
    private Tracer narrator(String name) {
        return trace == null ? Tracer.OFF : trace.forHost(name);
    }

    /** The trace every adapter and host narrates into, or null. */
    public TraceRecorder trace() {
        return trace;
    }

    private Topology.Segment segment(String name) {
        return topology.segments().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Topology.HostSpec spec(String name) {
        return topology.hosts().stream()
                .filter(h -> h.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    public Topology topology() {
        return topology;
    }

    public SimLan lan() {
        return lan;
    }

    public List<Wire> wires() {
        return wires;
    }

    public Host host(String name) {
        Host h = hosts.get(name);
        if (h == null) {
            throw new IllegalArgumentException("no host named " + name);
        }
        return h;
    }

    public Map<String, Host> hosts() {
        return hosts;
    }

    /** The one host with {@code role}, or null. */
    public Host withRole(Topology.Role role) {
        return topology.hosts().stream()
                .filter(h -> h.roleValue() == role)
                .findFirst()
                .map(h -> hosts.get(h.name()))
                .orElse(null);
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    /** Who each station of the world is, by station index: its host's name, or its switch's. */
    public List<String> stationNames() {
        return List.copyOf(stationNames);
    }

    public Map<String, LearningBridge> switches() {
        return switches;
    }

    /** The TAP station's relay, or null. */
    public StationRelay tapStation() {
        return tapStation;
    }

    @Override
    public void close() {
        lan.close();
    }
}
