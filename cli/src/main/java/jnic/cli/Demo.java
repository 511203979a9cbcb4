package jnic.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import jnic.cli.topology.Chatter;
import jnic.cli.trace.TraceRecorder;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.driver.trace.TraceLayer;
import jnic.driver.trace.Tracer;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.MacAddress;
import jnic.sim.Medium;
import jnic.sim.nic.NicRegisterMap;
import jnic.stack.dns.DnsClient;
import jnic.stack.dns.DnsResponder;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.http.HttpClient;
import jnic.stack.http.HttpMessage;
import jnic.stack.http.HttpServer;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.iface.StackCounter;
import jnic.stack.socket.Sockets;

/**
 * The seed's story, run: a client and a server on simulated adapters (the generated Verilog,
 * Verilated) over a cable, or a hub with a third, chatty station. The client asks the server's
 * DNS responder for www.jnic.test, ARPs for it, connects, sends GET /, gets 200 OK and the page,
 * and closes. The wire is written as pcapng, the client adapter's first clocks as VCD.
 */
public final class Demo {
    public static final String NAME = "www.jnic.test";
    /** The page's size unless asked otherwise: large enough for several segments (MSS 1460). */
    public static final int DEFAULT_PAGE_BYTES = 3000;

    public static final byte[] PAGE = ("<!doctype html>\n<html><head><title>jnic</title></head>\n"
                    + "<body><h1>It works</h1><p>This page crossed a simulated LAN: TCP/IP in Java, a Java driver, "
                    + "and a network adapter generated from Java, Verilated.</p></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);

    /** A page of {@code bytes} bytes: {@link #PAGE}, then numbered lines of text (cut to size). */
    public static byte[] page(int bytes) {
        StringBuilder b = new StringBuilder(new String(PAGE, StandardCharsets.UTF_8));
        for (int line = 1; b.length() < bytes; line++) {
            b.append(String.format(
                    Locale.ROOT, "<p>line %05d of a page long enough to need several segments</p>\n", line));
        }
        b.setLength(Math.max(bytes, 0));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * How to run it: the page's size in bytes, the line's bit error rate (drawn from the seed).
     * With a {@code trace}, the hosts and drivers narrate into it, the files are named
     * trace.pcapng and trace-client-nic.vcd, and the VCD window opens when the story starts (after
     * the adapters' start-up) rather than at reset.
     */
    public record Options(
            Medium medium,
            SimLan.Build build,
            Path out,
            long seed,
            long vcdCycles,
            int pageBytes,
            double bitErrorRate,
            Function<SimLan, TraceRecorder> trace) {
        public Options(Medium medium, SimLan.Build build, Path out, long seed, long vcdCycles) {
            this(medium, build, out, seed, vcdCycles, DEFAULT_PAGE_BYTES, 0, null);
        }
    }

    /** What happened. */
    public record Result(
            List<Ipv4Address> resolved,
            HttpMessage.Response response,
            long simulatedNanos,
            long wallNanos,
            long framesOnWire,
            Map<NicRegisterMap.Counter, Long> clientNic,
            Map<NicRegisterMap.Counter, Long> serverNic,
            Map<StackCounter, Long> clientStack,
            Map<Ipv4Address, MacAddress> clientArp,
            Path pcapng,
            Path vcd,
            long vcdFromCycle,
            long clockPeriodPs,
            Map<MacAddress, String> stations,
            TraceRecorder trace,
            byte[] page,
            Map<String, Path> received,
            Map<NicRegisterMap.Counter, Long> chattyNic) {
        /** The server's page arrived, byte for byte. */
        public boolean ok() {
            return response != null && response.status() == 200 && java.util.Arrays.equals(response.body(), page);
        }
    }

    private Demo() {}

    public static Result run(Options o) throws Exception {
        Files.createDirectories(o.out());
        String prefix = o.trace() == null ? "demo" : "trace";
        Path pcap = o.out().resolve(prefix + ".pcapng");
        Path vcd = o.out().resolve(o.trace() == null ? "client-nic.vcd" : "trace-client-nic.vcd");
        long wallStart = System.nanoTime();
        SimLan.Options lanOptions =
                o.medium() == Medium.HUB ? SimLan.Options.hub(o.build(), 3) : SimLan.Options.cable(o.build());
        lanOptions = lanOptions.withImpairments(o.bitErrorRate(), 0, o.seed());
        byte[] page = page(o.pageBytes());
        if (o.vcdCycles() > 0) {
            lanOptions = lanOptions.withTraceable(0); // the client's adapter, traced after start-up
        }
        try (SimLan lan = SimLan.create(lanOptions)) {
            lan.capturePcapng(pcap);
            TraceRecorder trace = o.trace() == null ? null : o.trace().apply(lan);
            if (trace == null && o.vcdCycles() > 0) {
                lan.traceVcd(0, vcd, 0, o.vcdCycles());
            }
            // With a trace, the drivers narrate their adapters' start-up too.
            SimNic clientNic =
                    lan.open(0, SimNic.Config.defaults(), trace == null ? Tracer.OFF : trace.forHost("client"));
            SimNic serverNic =
                    lan.open(1, SimNic.Config.defaults(), trace == null ? Tracer.OFF : trace.forHost("server"));
            // With a trace, what each adapter's PHY receives from here on (after the self-tests,
            // whose frames loop inside the adapters): a frame bit errors damaged shows there with
            // its FCS flagged, where the line capture has it as sent.
            Map<String, Path> received = new java.util.LinkedHashMap<>();
            if (o.trace() != null) {
                received.put("client", o.out().resolve("trace-rx-client.pcapng"));
                received.put("server", o.out().resolve("trace-rx-server.pcapng"));
                lan.captureStationPcapng(0, received.get("client"));
                lan.captureStationPcapng(1, received.get("server"));
            }
            Host client = new Host("client", lan, HostConfig.DEFAULT.withSeed(o.seed()));
            Host server = new Host("server", lan, HostConfig.DEFAULT.withSeed(o.seed() + 1));
            client.attach(clientNic, InterfaceAddress.parse("192.168.7.2/24"));
            server.attach(serverNic, InterfaceAddress.parse("192.168.7.1/24"));
            new DnsResponder(server, 53, 300).add(NAME, server.address());
            HttpServer.pages(server, 80, Map.of("/", page), "text/html; charset=utf-8");
            Map<MacAddress, String> stations =
                    new HashMap<>(Map.of(clientNic.macAddress(), "client", serverNic.macAddress(), "server"));
            SimNic chatty = null;
            if (o.medium() == Medium.HUB) {
                chatty = chatter(lan, o.seed());
                stations.put(chatty.macAddress(), "chatty");
                if (o.trace() != null) { // after its self-test, as for the others above
                    received.put("chatty", o.out().resolve("trace-rx-chatty.pcapng"));
                    lan.captureStationPcapng(2, received.get("chatty"));
                }
            }
            long vcdFrom = 0;
            if (trace != null) {
                client.setTracer(trace.forHost("client"));
                server.setTracer(trace.forHost("server"));
                lan.runFor(100_000); // the start-up announcements, before the story
                vcdFrom = lan.cycles();
                if (o.vcdCycles() > 0) {
                    lan.traceVcd(0, vcd, vcdFrom, vcdFrom + o.vcdCycles());
                }
                client.tracer()
                        .event(
                                TraceLayer.APPLICATION,
                                "resolver: which address has " + NAME + "? asks the DNS server " + server.address());
            }
            CompletableFuture<List<Ipv4Address>> resolved = new DnsClient(
                            client, server.address(), Duration.ofMillis(20), 5, new Random(o.seed()))
                    .resolve(NAME);
            // The client is a program: a thread of its own that uses the descriptor API (socket,
            // connect, send, recv, close); simulated time waits for it while it runs.
            Sockets sockets = new Sockets(client);
            CompletableFuture<HttpMessage.Response> response = resolved.thenCompose(a -> lan.startApplication(
                    "client-application", () -> HttpClient.fetch(client, sockets, a.get(0), 80, NAME, "/")));
            // A lost segment waits for an RTO of a second or more (RFC 6298 2.4): with bit errors the
            // story may take a while of simulated time, which costs little (idle time is skipped).
            boolean lossy = o.bitErrorRate() > 0;
            lan.runUntil(response::isDone, lossy ? 60_000_000_000L : 1_000_000_000L);
            lan.runFor(lossy ? 7_000_000_000L : 2_000_000); // the FINs and last ACKs, resent if lost
            HttpMessage.Response r = response.isDone() && !response.isCompletedExceptionally() ? response.join() : null;
            return new Result(
                    resolved.isDone() && !resolved.isCompletedExceptionally() ? resolved.join() : List.of(),
                    r,
                    lan.clock().nanos(),
                    System.nanoTime() - wallStart,
                    lan.framesCaptured(),
                    clientNic.hardwareCounters(),
                    serverNic.hardwareCounters(),
                    client.counters().nonZero(),
                    client.interfaces().get(0).arp().entries(),
                    pcap,
                    o.vcdCycles() > 0 ? vcd : null,
                    vcdFrom,
                    lan.clockPeriodPs(),
                    stations,
                    trace,
                    page,
                    received,
                    chatty == null ? Map.of() : chatty.hardwareCounters());
        }
    }

    /** A third station on the hub that broadcasts 300-byte datagrams ({@link Chatter}), so frames collide. */
    private static SimNic chatter(SimLan lan, long seed) throws Exception {
        Host chatty = new Host("chatty", lan, HostConfig.DEFAULT.withSeed(seed + 2));
        SimNic nic = lan.open(2, SimNic.Config.defaults());
        chatty.attach(nic, InterfaceAddress.parse("192.168.7.3/24"));
        Chatter.start(chatty, lan, Ipv4Address.BROADCAST);
        return nic;
    }
}
