package jnic.cli.topology;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Prefix;
import jnic.stack.iface.InterfaceAddress;

/**
 * A network described in a file (JSON, read with Jackson): segments and the hosts attached to them.
 *
 * <pre>
 * {
 *   "build": "fast",                      fast (byte-wide line, 100 Mb/s) or phy (Manchester, 10 Mb/s)
 *   "seed": 1,                            the run's random numbers (impairments, ISNs, backoff)
 *   "bit_error_rate": 0, "frame_loss": 0, line impairments on every wire
 *   "segments": [
 *     {"name": "office", "kind": "hub"},                  cable (2 stations), hub (2 or more), switch
 *     {"name": "backbone", "kind": "cable", "mtu": 576},  an MTU for every interface on it
 *     {"name": "servers", "kind": "switch", "ageing_seconds": 300, "queue_frames": 64},
 *     {"name": "noisy", "kind": "hub", "bit_error_rate": 1e-6}   the segment's own impairments
 *   ],
 *   "hosts": [
 *     {"name": "r1", "forwarding": true,
 *      "interfaces": [{"segment": "office", "address": "192.168.1.1/24"},
 *                     {"segment": "backbone", "address": "10.0.0.1/30", "mtu": 576}],
 *      "routes": [{"to": "192.168.2.0/24", "via": "10.0.0.2"}]},
 *     {"name": "client", "role": "client", "gateway": "192.168.1.1",
 *      "interfaces": [{"segment": "office", "address": "192.168.1.2/24"}]}
 *   ]
 * }
 * </pre>
 *
 * Roles: {@code server} (DNS for www.jnic.test and the web page), {@code client} (asks for it),
 * {@code chatty} (broadcasts a datagram at a steady pace, {@link Chatter}), or none. A file that is not valid JSON, has
 * a field of the wrong type or an unknown one, or describes an impossible network is refused with
 * the line and the problem.
 */
public record Topology(
        String build, long seed, double bitErrorRate, double frameLoss, List<Segment> segments, List<HostSpec> hosts) {

    /** Adapters one world holds (its interrupt mask has a bit for each; SimLan.MAX_STATIONS). */
    public static final int MAX_ADAPTERS = 64;

    /** Segment kinds. */
    public enum Kind {
        CABLE,
        HUB,
        SWITCH
    }

    /** Roles a host can play in the story. */
    public enum Role {
        NONE,
        CLIENT,
        SERVER,
        CHATTY,
        /** The Linux kernel behind a TAP device ({@code jnic lan --tap}): its adapter relays the kernel's frames. */
        TAP
    }

    public record Segment(
            String name,
            String kind,
            Integer mtu,
            @JsonProperty("ageing_seconds") Double ageingSeconds,
            @JsonProperty("queue_frames") Integer queueFrames,
            @JsonProperty("bit_error_rate") Double bitErrorRate,
            @JsonProperty("frame_loss") Double frameLoss) {
        public Kind kindValue() {
            return Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        }
    }

    public record Interface(String segment, String address, Integer mtu) {}

    public record Route(String to, String via) {}

    public record HostSpec(
            String name,
            String role,
            Boolean forwarding,
            List<Interface> interfaces,
            String gateway,
            List<Route> routes) {
        public Role roleValue() {
            return role == null ? Role.NONE : Role.valueOf(role.toUpperCase(Locale.ROOT));
        }

        public boolean forwards() {
            return Boolean.TRUE.equals(forwarding);
        }

        public List<Route> routesOrNone() {
            return routes == null ? List.of() : routes;
        }
    }

    /** Whether a host has role {@code tap} (the kernel behind a TAP device: {@code jnic lan} only). */
    public boolean hasTapStation() {
        return hosts.stream().anyMatch(h -> h.roleValue() == Role.TAP);
    }

    /**
     * This network with a TAP station: itself if a host has role {@code tap}, else with the
     * {@code client} host as the TAP station; null unless it has one client with one interface.
     */
    public Topology withTapStation() {
        if (hosts.stream().anyMatch(h -> h.roleValue() == Role.TAP)) {
            return this;
        }
        List<HostSpec> clients =
                hosts.stream().filter(h -> h.roleValue() == Role.CLIENT).toList();
        if (clients.size() != 1 || clients.get(0).interfaces().size() != 1) {
            return null; // the kernel takes the place of one client with one interface
        }
        List<HostSpec> changed = hosts.stream()
                .map(h -> h.roleValue() == Role.CLIENT
                        ? new HostSpec(h.name(), "tap", h.forwarding(), h.interfaces(), h.gateway(), h.routes())
                        : h)
                .toList();
        return new Topology(build, seed, bitErrorRate, frameLoss, segments, changed);
    }

    /** The file's fields as Jackson reads them (snake case), before the checks. */
    private record Raw(
            String build,
            Long seed,
            @JsonProperty("bit_error_rate") Double bitErrorRate,
            @JsonProperty("frame_loss") Double frameLoss,
            List<Segment> segments,
            List<HostSpec> hosts) {}

    /** A file that cannot be a network: where and why. */
    public static final class TopologyException extends Exception {
        private static final long serialVersionUID = 1L;

        TopologyException(String message) {
            super(message);
        }
    }

    /** The network built in: the seed's path (client on a hub, two routers, a small-MTU cable, a switch, the server). */
    public static Topology builtInSeed() throws TopologyException {
        return builtIn("seed");
    }

    /** A built-in network: {@code seed} (the story's path) or {@code cable} (a TAP station and a server on one cable). */
    public static Topology builtIn(String name) throws TopologyException {
        try (InputStream in = Topology.class.getResourceAsStream("/topologies/" + name + ".json")) {
            if (in == null) {
                throw new TopologyException(name + ": no such built-in topology (seed, cable)");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the built-in topology " + name + " cannot be read from the jar", e);
        }
    }

    /** {@code seed} or {@code cable} for a built-in one, else a file. */
    public static Topology read(String nameOrFile) throws TopologyException, IOException {
        if (nameOrFile.equals("seed") || nameOrFile.equals("cable")) {
            return builtIn(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new TopologyException(nameOrFile + ": no such file (give a topology file, or 'seed')");
        }
        return parse(file.toString(), Files.readString(file));
    }

    /** Reads and checks {@code text}; {@code source} names it in errors. */
    public static Topology parse(String source, String text) throws TopologyException {
        Raw raw;
        try {
            raw = new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(text, Raw.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new TopologyException(source + (at == null ? "" : ":" + at.getLineNr()) + ": "
                    + e.getOriginalMessage()
                            .replaceAll(" \\(class [^)]*\\)", "")
                            .split("\n")[0]);
        }
        if (raw == null) {
            throw new TopologyException(source + ": the file holds no network (null)");
        }
        Topology t = new Topology(
                raw.build() == null ? "fast" : raw.build(),
                raw.seed() == null ? 1 : raw.seed(),
                raw.bitErrorRate() == null ? 0 : raw.bitErrorRate(),
                raw.frameLoss() == null ? 0 : raw.frameLoss(),
                raw.segments() == null ? List.of() : raw.segments(),
                raw.hosts() == null ? List.of() : raw.hosts());
        new Checker(source, text).check(t);
        return t;
    }

    /** The checks that need the whole file, each error with the line of the value it is about. */
    private static final class Checker {
        private final String source;
        private final String[] lines;

        Checker(String source, String text) {
            this.source = source;
            this.lines = text.split("\n", -1);
        }

        private TopologyException error(String value, String problem) {
            String quoted = "\"" + value + "\"";
            for (int i = 0; i < lines.length; i++) {
                if (value != null && lines[i].contains(quoted)) {
                    return new TopologyException(source + ":" + (i + 1) + ": " + problem);
                }
            }
            return new TopologyException(source + ": " + problem);
        }

        void check(Topology t) throws TopologyException {
            if (!t.build().equals("fast") && !t.build().equals("phy")) {
                throw error(t.build(), "build must be fast or phy, not '" + t.build() + "'");
            }
            if (!(t.bitErrorRate() >= 0 && t.bitErrorRate() < 1) || !(t.frameLoss() >= 0 && t.frameLoss() <= 1)) {
                throw new TopologyException(source + ": bit_error_rate must be in [0, 1) and frame_loss in [0, 1]");
            }
            if (t.segments().isEmpty()) {
                throw new TopologyException(source + ": a network needs at least one segment");
            }
            if (t.segments().contains(null) || t.hosts().contains(null)) {
                throw new TopologyException(source + ": a segment or a host is null");
            }
            for (HostSpec h : t.hosts()) {
                if (h.interfaces() != null && h.interfaces().contains(null)
                        || h.routes() != null && h.routes().contains(null)) {
                    throw error(h.name(), "host '" + h.name() + "': an interface or a route is null");
                }
            }
            Map<String, Segment> segments = new HashMap<>();
            for (Segment s : t.segments()) {
                if (s.name() == null || s.name().isBlank() || s.kind() == null) {
                    throw error(s.name(), "every segment needs a name and a kind");
                }
                if (segments.put(s.name(), s) != null) {
                    throw error(s.name(), "two segments are named '" + s.name() + "'");
                }
                try {
                    s.kindValue();
                } catch (IllegalArgumentException e) {
                    throw error(
                            s.kind(),
                            "segment '" + s.name() + "': kind must be cable, hub or switch, not '" + s.kind() + "'");
                }
                if (s.mtu() != null && (s.mtu() < 68 || s.mtu() > 1500)) {
                    throw error(s.name(), "segment '" + s.name() + "': an MTU from 68 to 1500, not " + s.mtu());
                }
                if (s.bitErrorRate() != null && !(s.bitErrorRate() >= 0 && s.bitErrorRate() < 1)
                        || s.frameLoss() != null && !(s.frameLoss() >= 0 && s.frameLoss() <= 1)) {
                    throw error(
                            s.name(),
                            "segment '" + s.name() + "': bit_error_rate must be in [0, 1) and frame_loss in [0, 1]");
                }
                if (s.ageingSeconds() != null && !(s.ageingSeconds() >= 1e-6)
                        || s.queueFrames() != null && s.queueFrames() < 1) {
                    throw error(
                            s.name(),
                            "segment '" + s.name()
                                    + "': ageing_seconds must be at least 1e-6 and queue_frames positive");
                }
            }
            Map<String, Integer> attached = new HashMap<>();
            Set<String> names = new HashSet<>();
            Set<Ipv4Address> addresses = new HashSet<>();
            for (HostSpec h : t.hosts()) {
                if (h.name() == null || h.name().isBlank()) {
                    throw new TopologyException(source + ": every host needs a name");
                }
                if (!names.add(h.name())) {
                    throw error(h.name(), "two hosts are named '" + h.name() + "'");
                }
                try {
                    h.roleValue();
                } catch (IllegalArgumentException e) {
                    throw error(
                            h.role(),
                            "host '" + h.name() + "': role must be client, server, chatty or tap, not '" + h.role()
                                    + "'");
                }
                if (h.roleValue() == Role.TAP
                        && (h.interfaces() == null || h.interfaces().size() != 1)) {
                    throw error(h.name(), "host '" + h.name() + "': a TAP station has exactly one interface");
                }
                if (h.roleValue() == Role.TAP
                        && t.hosts().stream()
                                        .filter(x -> "tap".equalsIgnoreCase(x.role()))
                                        .count()
                                > 1) {
                    throw error(h.name(), "only one host can be the TAP station");
                }
                if (h.interfaces() == null || h.interfaces().isEmpty()) {
                    throw error(h.name(), "host '" + h.name() + "' has no interfaces");
                }
                List<Ipv4Prefix> subnets = new java.util.ArrayList<>();
                for (Interface i : h.interfaces()) {
                    if (i.segment() == null || !segments.containsKey(i.segment())) {
                        throw error(i.segment(), "host '" + h.name() + "': no segment named '" + i.segment() + "'");
                    }
                    attached.merge(i.segment(), 1, Integer::sum);
                    InterfaceAddress a = address(i.address(), h.name());
                    subnets.add(a.subnet());
                    if (!addresses.add(a.address())) {
                        throw error(i.address(), "host '" + h.name() + "': address " + a.address() + " is taken");
                    }
                    if (i.mtu() != null && (i.mtu() < 68 || i.mtu() > 1500)) {
                        throw error(i.address(), "host '" + h.name() + "': an MTU from 68 to 1500, not " + i.mtu());
                    }
                }
                if (h.gateway() != null) {
                    Ipv4Address g = ipv4(h.gateway(), h.name());
                    if (subnets.stream().noneMatch(n -> n.contains(g))) {
                        throw error(
                                h.gateway(), "host '" + h.name() + "': gateway " + g + " is on none of its subnets");
                    }
                }
                for (Route r : h.routesOrNone()) {
                    try {
                        Ipv4Prefix.parse(r.to());
                    } catch (RuntimeException e) {
                        throw error(r.to(), "host '" + h.name() + "': route to '" + r.to() + "' is not a prefix");
                    }
                    Ipv4Address via = ipv4(r.via(), h.name());
                    if (subnets.stream().noneMatch(n -> n.contains(via))) {
                        throw error(r.via(), "host '" + h.name() + "': route via " + via + ", on none of its subnets");
                    }
                }
            }
            int adapters = 0;
            for (Segment s : t.segments()) {
                int n = attached.getOrDefault(s.name(), 0);
                adapters += s.kindValue() == Kind.SWITCH ? 2 * n : n; // a switch has a port adapter per station
            }
            if (adapters > MAX_ADAPTERS) {
                throw new TopologyException(
                        source + ": " + adapters + " adapters (switch ports included), more than the " + MAX_ADAPTERS
                                + " a simulated world holds");
            }
            for (Segment s : t.segments()) {
                int n = attached.getOrDefault(s.name(), 0);
                Kind k = s.kindValue();
                if (k == Kind.CABLE && n != 2 || k != Kind.CABLE && n < 2) {
                    throw error(
                            s.name(),
                            "segment '" + s.name() + "': a " + s.kind().toLowerCase(Locale.ROOT)
                                    + (k == Kind.CABLE ? " joins exactly 2 interfaces" : " needs at least 2 interfaces")
                                    + ", not " + n);
                }
            }
        }

        private InterfaceAddress address(String text, String host) throws TopologyException {
            try {
                return InterfaceAddress.parse(text);
            } catch (RuntimeException e) {
                throw error(
                        text,
                        "host '" + host + "': '" + text
                                + "' is not an address with a prefix length (like 192.168.1.2/24)");
            }
        }

        private Ipv4Address ipv4(String text, String host) throws TopologyException {
            try {
                return Ipv4Address.parse(text);
            } catch (RuntimeException e) {
                throw error(text, "host '" + host + "': '" + text + "' is not an IPv4 address");
            }
        }
    }
}
