package jnic.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import jnic.cli.topology.Network;
import jnic.cli.topology.Topology;
import jnic.cli.trace.TraceRecorder;
import jnic.driver.bridge.LearningBridge;
import jnic.driver.sim.SimLan;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.MacAddress;
import jnic.sim.Medium;
import jnic.sim.nic.NicRegisterMap.Counter;
import jnic.stack.dns.DnsClient;
import jnic.stack.host.Host;
import jnic.stack.http.HttpClient;
import jnic.stack.http.HttpMessage;
import jnic.stack.iface.StackCounter;
import jnic.stack.socket.Sockets;
import jnic.stack.udp.Traceroute;

/**
 * The seed's story across a whole network ({@code jnic demo --topology}): the client resolves
 * www.jnic.test at the server's DNS through its gateway, traces the path to the server (UDP probes
 * of growing TTL, each router answering time exceeded), fetches the page, and the run reports the
 * path hop by hop with every adapter's, router's and switch's counters, and the captures of every
 * wire.
 */
final class TopologyDemo {
    private TopologyDemo() {}

    /**
     * What one adapter on a hub received (a capture of its own), for the trace's filter narration,
     * and its RX_FILTERED counter at the end.
     */
    record Heard(String host, MacAddress address, Path capture, long filtered) {}

    /** What happened; with a trace, the events narrated and what a reader of the captures needs. */
    record Result(
            List<Ipv4Address> resolved,
            List<Traceroute.Hop> path,
            HttpMessage.Response response,
            byte[] page,
            long simulatedNanos,
            long wallNanos,
            TraceRecorder trace,
            List<Network.Wire> wires,
            Map<MacAddress, String> stations,
            List<String> stationNames,
            Path vcd,
            String vcdHost,
            Path vcdWire,
            long clockPeriodPs,
            List<Heard> heard) {
        boolean ok() {
            return response != null && response.status() == 200 && Arrays.equals(response.body(), page);
        }
    }

    static Result run(Topology t, Path out, int pageBytes, PrintStream report) throws Exception {
        return run(t, out, pageBytes, null, 0, null, report);
    }

    /**
     * The story; with {@code vcdHost} and {@code vcdCycles > 0}, that host's first adapter's every
     * signal goes into OUT/HOST-nic.vcd for the first {@code vcdCycles} clocks after start-up. With
     * a {@code trace}, every adapter's driver narrates into it from its start-up on, and every
     * host's layers; each hub station's receive capture is kept for the trace's filter narration.
     */
    static Result run(
            Topology t,
            Path out,
            int pageBytes,
            String vcdHost,
            long vcdCycles,
            Function<SimLan, TraceRecorder> trace,
            PrintStream report)
            throws Exception {
        byte[] page = Demo.page(pageBytes);
        long wallStart = System.nanoTime();
        boolean vcdWanted = vcdHost != null && vcdCycles > 0 && out != null;
        try (Network n = Network.build(t, out, Map.of("/", page), null, vcdWanted ? vcdHost : null, trace)) {
            Path vcd = null;
            Path vcdWire = null;
            if (vcdWanted) {
                Network.Attachment a = n.attachments().stream()
                        .filter(x -> x.host().equals(vcdHost))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no host named " + vcdHost + " for the VCD"));
                vcd = out.resolve(vcdHost + "-nic.vcd");
                String wire = a.wire();
                vcdWire = n.wires().stream()
                        .filter(w -> w.name().equals(wire))
                        .findFirst()
                        .orElseThrow()
                        .capture();
                long now = n.lan().cycles();
                n.lan().traceVcd(a.adapter().station(), vcd, now, now + vcdCycles);
            }
            Host client = n.withRole(Topology.Role.CLIENT);
            Host server = n.withRole(Topology.Role.SERVER);
            if (client == null || server == null) {
                throw new IllegalArgumentException("the demo needs a host with role client and one with role server");
            }
            TraceRecorder recorder = n.trace();
            Map<MacAddress, String> stations = new LinkedHashMap<>();
            Map<Network.Attachment, Path> onHubs = new LinkedHashMap<>();
            for (Network.Attachment a : n.attachments()) {
                stations.put(a.adapter().macAddress(), a.host());
                boolean onHub = n.wires().stream().anyMatch(w -> w.name().equals(a.wire()) && w.medium() == Medium.HUB);
                if (recorder != null && out != null && onHub) { // what it hears there, for its filter's discards
                    Path capture = out.resolve(a.host() + "-" + a.wire() + "-rx.pcapng");
                    n.lan().captureStationPcapng(a.adapter().station(), capture);
                    onHubs.put(a, capture);
                }
            }
            if (client.tracer().enabled()) {
                client.tracer()
                        .event(
                                TraceLayer.APPLICATION,
                                "resolver: which address has " + Network.NAME + "? asks the DNS server "
                                        + server.address());
            }
            CompletableFuture<List<Ipv4Address>> resolved = new DnsClient(
                            client, server.address(), Duration.ofMillis(50), 5, new Random(t.seed()))
                    .resolve(Network.NAME);
            CompletableFuture<List<Traceroute.Hop>> path = resolved.thenCompose(a -> {
                if (client.tracer().enabled()) {
                    client.tracer()
                            .event(
                                    TraceLayer.APPLICATION,
                                    "traceroute: which routers lie between us and " + a.get(0) + "? UDP probes with"
                                            + " TTL 1, 2, 3...: each router where a TTL ends answers ICMP time exceeded,"
                                            + " the server port unreachable");
                }
                return Traceroute.run(client.udp(), n.lan(), a.get(0), 16, Duration.ofMillis(50));
            });
            // The client is a program on a thread of its own, using the descriptor API (as in Demo).
            Sockets sockets = new Sockets(client);
            CompletableFuture<HttpMessage.Response> response = path.thenCompose(p -> n.lan()
                    .startApplication(
                            "client-application",
                            () -> HttpClient.fetch(
                                    client, sockets, resolved.join().get(0), 80, Network.NAME, "/")));
            n.lan().runUntil(response::isDone, 5_000_000_000L);
            n.lan().runFor(2_000_000); // the FINs and the last ACKs
            List<Heard> heard = onHubs.entrySet().stream()
                    .map(e -> new Heard(
                            e.getKey().host(),
                            e.getKey().adapter().macAddress(),
                            e.getValue(),
                            e.getKey().adapter().hardwareCounters().get(Counter.RX_FILTERED)))
                    .toList();
            Result r = new Result(
                    done(resolved),
                    done(path),
                    done(response),
                    page,
                    n.lan().clock().nanos(),
                    System.nanoTime() - wallStart,
                    recorder,
                    n.wires(),
                    stations,
                    n.stationNames(),
                    vcd,
                    vcd == null ? null : vcdHost,
                    vcdWire,
                    n.lan().clockPeriodPs(),
                    heard);
            print(n, r, out, report);
            if (vcd != null) {
                report.println("          and " + vcd + " (GTKWave): every signal of " + vcdHost + "'s adapter for "
                        + vcdCycles + " clocks");
            }
            return r;
        }
    }

    private static <T> T done(CompletableFuture<T> f) {
        return f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }

    private static void print(Network n, Result r, Path out, PrintStream o) {
        o.printf(
                Locale.ROOT,
                "jnic demo: topology of %d wires, %s build, seed %d%n",
                n.wires().size(),
                n.topology().build(),
                n.topology().seed());
        o.println("  DNS     " + Network.NAME + " -> "
                + (r.resolved() == null || r.resolved().isEmpty()
                        ? "no answer"
                        : r.resolved().get(0)));
        o.println("  path    (UDP probes of growing TTL, as traceroute)");
        if (r.path() != null) {
            for (Traceroute.Hop h : r.path()) {
                o.printf(
                        Locale.ROOT,
                        "          %-36s %s%n",
                        h,
                        h.from() == null ? "" : "(" + nameOf(n, h.from()) + ")");
            }
        }
        if (r.response() == null) {
            o.println("  HTTP    no response");
        } else {
            o.printf(
                    Locale.ROOT,
                    "  HTTP    GET / -> %d %s, %d bytes%s%n",
                    r.response().status(),
                    r.response().reason(),
                    r.response().body().length,
                    r.ok() ? ", byte for byte the page the server holds" : ", NOT the server's page");
        }
        printCounters(n, o);
        o.printf(
                Locale.ROOT,
                "  time    %.3f ms of simulated time in %.2f s of wall time%n",
                r.simulatedNanos() / 1e6,
                r.wallNanos() / 1e9);
        if (out != null) {
            o.println("  files   one capture per wire in " + out + ": "
                    + String.join(
                            ", ",
                            n.wires().stream()
                                    .map(w -> w.capture().getFileName().toString())
                                    .toList()));
        }
        o.println(r.ok() ? "OK: the page arrived intact" : "FAILED: the page did not arrive");
    }

    /** Every adapter's, router's and switch's counters. */
    static void printCounters(Network n, PrintStream o) {
        o.println(
                "  adapters                          wire                    frames out   in  collisions  filtered  FCS errors");
        for (Network.Attachment a : n.attachments()) {
            Map<Counter, Long> c = a.adapter().hardwareCounters();
            o.printf(
                    Locale.ROOT,
                    "          %-24s  %-22s  %10d %4d  %10d  %8d  %10d%n",
                    a.host() + " " + a.address(),
                    a.wire(),
                    c.get(Counter.TX_FRAMES),
                    c.get(Counter.RX_FRAMES),
                    c.get(Counter.COLLISIONS),
                    c.get(Counter.RX_FILTERED),
                    c.get(Counter.RX_FCS_ERRORS));
        }
        for (Map.Entry<String, Host> e : n.hosts().entrySet()) {
            Host h = e.getValue();
            if (h.counters().get(StackCounter.IP_FORWARDED) > 0
                    || h.interfaces().size() > 1) {
                o.printf(
                        Locale.ROOT,
                        "  router  %s: %d datagrams forwarded, %d fragments made, %d TTL expiries answered%n",
                        e.getKey(),
                        h.counters().get(StackCounter.IP_FORWARDED),
                        h.counters().get(StackCounter.IP_FRAGMENTS_OUT),
                        h.counters().get(StackCounter.IP_TTL_EXCEEDED));
            }
        }
        for (Map.Entry<String, LearningBridge> e : n.switches().entrySet()) {
            LearningBridge b = e.getValue();
            StringBuilder ports = new StringBuilder();
            for (int p = 0; p < b.portCount(); p++) {
                LearningBridge.PortCounters c = b.counters(p);
                ports.append(String.format(
                        Locale.ROOT,
                        " port %d: %d in, %d out, %d flooded, %d filtered, %d dropped;",
                        p,
                        c.received(),
                        c.sent(),
                        b.flooded(p),
                        c.filtered(),
                        c.queueDrops()));
            }
            o.println("  switch  " + e.getKey() + ":" + ports);
        }
    }

    /**
     * {@code jnic sim --topology}: the network runs for {@code millis} of simulated time with its
     * roles (a client fetches the page from the server again and again, a chatty station chatters);
     * then the counters. Returns the pages fetched intact.
     */
    static int runFor(Topology t, Path out, long millis, PrintStream o) throws Exception {
        byte[] page = Demo.page(Demo.DEFAULT_PAGE_BYTES);
        long wallStart = System.nanoTime();
        try (Network n = Network.build(t, out, page)) {
            Host client = n.withRole(Topology.Role.CLIENT);
            Host server = n.withRole(Topology.Role.SERVER);
            int[] fetched = {0, 0};
            if (client != null && server != null) {
                Runnable[] fetch = new Runnable[1];
                fetch[0] = () -> HttpClient.get(client, server.address(), 80, Network.NAME, "/")
                        .whenComplete((response, error) -> {
                            boolean ok = response != null && Arrays.equals(response.body(), page);
                            fetched[ok ? 0 : 1]++;
                            if (ok) {
                                n.lan().execute(fetch[0]);
                            } else {
                                n.lan().schedule(1_000_000, fetch[0]); // a failure may cost no time: wait 1 ms
                            }
                        });
                n.lan().execute(fetch[0]);
            }
            n.lan().runFor(millis * 1_000_000L);
            o.printf(
                    Locale.ROOT,
                    "jnic sim: topology of %d wires, %s build, seed %d, %d ms of simulated time%n",
                    n.wires().size(),
                    t.build(),
                    t.seed(),
                    millis);
            if (client != null && server != null) {
                o.printf(Locale.ROOT, "  HTTP    %d pages fetched intact, %d failed%n", fetched[0], fetched[1]);
            }
            printCounters(n, o);
            o.printf(Locale.ROOT, "  time    %.2f s of wall time%n", (System.nanoTime() - wallStart) / 1e9);
            if (out != null) {
                o.println("  files   one capture per wire in " + out);
            }
            return fetched[0];
        }
    }

    private static String nameOf(Network n, Ipv4Address a) {
        for (Network.Attachment at : n.attachments()) {
            if (at.address().address().equals(a)) {
                return at.host() + ", on " + at.wire();
            }
        }
        return "?";
    }
}
