package jnic.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import jnic.cli.topology.Topology;
import jnic.sim.nic.NicRegisterMap.Counter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jnic demo}: the seed's story on simulated hardware, with a summary and the capture files. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "A client fetches http://www.jnic.test/ from a server: DNS, ARP, TCP and HTTP over two simulated adapters.",
            "Writes OUT/demo.pcapng (open it in Wireshark) and OUT/client-nic.vcd (GTKWave).",
            "With --topology, across a whole network of hubs, routers and switches: one capture per wire in OUT."
        })
final class DemoCommand implements Callable<Integer> {
    @Mixin
    StoryOptions story;

    @Spec
    CommandSpec spec;

    @Option(names = "--topology")
    String topology;

    /** The page's first lines are shown; a long page's rest is counted. */
    private static final int SHOWN_LINES = 4;

    @Option(names = "--vcd-host", defaultValue = "client")
    String vcdHost;

    @Override
    public Integer call() throws Exception {
        story.check(spec);
        if (topology != null) {
            return topologyDemo();
        }
        if (story.vcdCycles < 0) {
            throw new ParameterException(spec.commandLine(), "--vcd-cycles must not be negative");
        }
        Demo.Result r = Demo.run(story.demo(null));
        System.out.printf(
                Locale.ROOT,
                "jnic demo: %s, %s build%n",
                story.lan.medium.name().toLowerCase(Locale.ROOT),
                story.lan.build.name().toLowerCase(Locale.ROOT));
        System.out.println("  DNS     " + Demo.NAME + " -> "
                + (r.resolved().isEmpty() ? "no answer" : r.resolved().get(0)));
        System.out.println("  ARP     client's cache: " + r.clientArp());
        System.out.printf(
                Locale.ROOT,
                "  TCP     %d segments out, %d in, %d retransmitted%n",
                r.clientStack().getOrDefault(jnic.stack.iface.StackCounter.TCP_OUT, 0L),
                r.clientStack().getOrDefault(jnic.stack.iface.StackCounter.TCP_IN, 0L),
                r.clientStack().getOrDefault(jnic.stack.iface.StackCounter.TCP_RETRANSMITS, 0L));
        if (r.response() == null) {
            System.out.println("  HTTP    no response");
        } else {
            System.out.println("  HTTP    GET / -> " + r.response().status() + " "
                    + r.response().reason() + ", " + r.response().body().length + " bytes:");
            String[] lines = new String(r.response().body(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < Math.min(lines.length, SHOWN_LINES); i++) {
                System.out.println("            " + lines[i]);
            }
            if (lines.length > SHOWN_LINES) {
                System.out.println("            ... (" + (lines.length - SHOWN_LINES) + " more lines)");
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  NIC     client: %d frames out, %d in, %d collisions; server: %d out, %d in, %d collisions%n",
                r.clientNic().get(Counter.TX_FRAMES),
                r.clientNic().get(Counter.RX_FRAMES),
                r.clientNic().get(Counter.COLLISIONS),
                r.serverNic().get(Counter.TX_FRAMES),
                r.serverNic().get(Counter.RX_FRAMES),
                r.serverNic().get(Counter.COLLISIONS));
        System.out.printf(
                Locale.ROOT,
                "  wire    %d frames captured; %.3f ms of simulated time in %.2f s of wall time%n",
                r.framesOnWire(),
                r.simulatedNanos() / 1e6,
                r.wallNanos() / 1e9);
        System.out.println(
                "  files   " + r.pcapng() + " (Wireshark)" + (r.vcd() == null ? "" : ", " + r.vcd() + " (GTKWave)"));
        System.out.println(r.ok() ? "OK: the page arrived intact" : "FAILED: the page did not arrive");
        return r.ok() ? 0 : 1;
    }

    private int topologyDemo() throws Exception {
        Topology t;
        try {
            t = Topology.read(topology);
        } catch (Topology.TopologyException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (t.hasTapStation()) {
            throw new ParameterException(
                    spec.commandLine(), topology + " has a TAP station (role tap): run it with jnic lan --tap NAME");
        }
        var parsed = spec.commandLine().getParseResult();
        if (parsed.hasMatchedOption("--build")) {
            t = new Topology(
                    story.lan.build.name().toLowerCase(Locale.ROOT),
                    t.seed(),
                    t.bitErrorRate(),
                    t.frameLoss(),
                    t.segments(),
                    t.hosts());
        }
        if (parsed.hasMatchedOption("--seed")) {
            t = new Topology(t.build(), story.lan.seed, t.bitErrorRate(), t.frameLoss(), t.segments(), t.hosts());
        }
        if (parsed.hasMatchedOption("--ber")) {
            t = new Topology(t.build(), t.seed(), story.bitErrorRate, t.frameLoss(), t.segments(), t.hosts());
        }
        TopologyDemo.Result r = TopologyDemo.run(t, story.out, story.pageSize, vcdHost, story.vcdCycles, System.out);
        return r.ok() ? 0 : 1;
    }
}
