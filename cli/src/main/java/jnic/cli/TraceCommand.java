package jnic.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import jnic.cli.topology.Network;
import jnic.cli.topology.Topology;
import jnic.cli.trace.LineNarrator;
import jnic.cli.trace.StoryChapters;
import jnic.cli.trace.TraceEvent;
import jnic.cli.trace.TraceHtml;
import jnic.cli.trace.TraceRecorder;
import jnic.driver.sim.SimLan;
import jnic.net.wire.MacAddress;
import jnic.sim.Medium;
import jnic.sim.Pcapng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code jnic trace}: the demo's exchange narrated step by step in simulated time, layer by
 * layer. The hosts and drivers narrate as they run; the hardware's part is read back from the
 * capture the world wrote (every frame, its FCS checked) and from the client adapter's VCD (line
 * coding, receive verdicts and interrupts of the first exchange).
 */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        description = {
            "The demo's HTTP GET narrated step by step in simulated time, from the socket down to the line and back up.",
            "Writes OUT/trace.pcapng and OUT/trace-client-nic.vcd; --html F writes a sequence view of the same events.",
            "With --topology, across a whole network: every host and router narrates (routes, TTL per hop, fragments"
                    + " and their reassembly, ICMP errors), and every wire's capture is read; one capture per wire in OUT."
        })
final class TraceCommand implements Callable<Integer> {
    @Mixin
    StoryOptions story;

    @Option(names = "--html", description = "also write the sequence view here (a self-contained HTML file)")
    Path html;

    @Option(
            names = "--story",
            description = "before each group of events, the part of the story it illustrates (what and why)")
    boolean storyMode;

    @Option(
            names = "--topology",
            description = "narrate the story across this network (seed: the story's hubs, routers and switch; or a"
                    + " topology file, docs/topology.md)")
    String topology;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        story.check(spec);
        if (story.vcdCycles < 0 || story.vcdCycles > 10_000_000) {
            throw new ParameterException(
                    spec.commandLine(), "--vcd-cycles must be 0 to 10000000, not " + story.vcdCycles);
        }
        if (topology != null) {
            return topologyTrace();
        }
        Result r = run(story.demo(lan -> new TraceRecorder(lan.clock())));
        System.out.printf(
                Locale.ROOT,
                "jnic trace: GET http://%s/ between two hosts on simulated adapters (%s, %s build)%n%n",
                Demo.NAME,
                story.lan.medium.name().toLowerCase(Locale.ROOT),
                story.lan.build.name().toLowerCase(Locale.ROOT));
        print(r.events());
        System.out.println("  files   " + r.demo().pcapng() + " (Wireshark)"
                + (r.demo().vcd() == null ? "" : ", " + r.demo().vcd() + " (GTKWave)")
                + (html == null ? "" : ", " + html + " (a browser)"));
        System.out.println(r.demo().ok() ? "OK: the page arrived intact" : "FAILED: the page did not arrive");
        return r.demo().ok() ? 0 : 1;
    }

    private void print(List<TraceEvent> events) {
        System.out.printf(Locale.ROOT, "%12s  %-7s %-11s %s%n", "time (us)", "host", "layer", "what happens");
        if (storyMode) {
            StoryChapters.print(events, System.out);
        } else {
            events.forEach(e -> System.out.println(TraceEvent.format(e)));
        }
        System.out.println();
    }

    /** {@code --topology}: the story across a network, every host and every wire narrated. */
    private int topologyTrace() throws Exception {
        Topology t = story.topology(spec, topology);
        TopologyDemo.Result r = TopologyDemo.run(
                t,
                story.out,
                story.pageSize,
                null,
                0,
                lan -> new TraceRecorder(lan.clock()),
                new PrintStream(OutputStream.nullOutputStream()));
        List<TraceEvent> events = topologyEvents(r, t.build().equals("phy"));
        System.out.printf(
                Locale.ROOT,
                "jnic trace: GET http://%s/ across a network of %d wires (%s build, seed %d)%n%n",
                Demo.NAME,
                r.wires().size(),
                t.build(),
                t.seed());
        print(events);
        System.out.println("  files   one capture per wire in " + story.out + " (Wireshark)"
                + (html == null ? "" : ", " + html + " (a browser)"));
        System.out.println(r.ok() ? "OK: the page arrived intact" : "FAILED: the page did not arrive");
        return r.ok() ? 0 : 1;
    }

    /** The hosts' events with each wire's frames and collisions read from its capture, in time order. */
    List<TraceEvent> topologyEvents(TopologyDemo.Result r, boolean phy) throws IOException {
        LineNarrator line = new LineNarrator(r.stations(), phy);
        for (Network.Wire w : r.wires()) {
            List<Pcapng.Packet> packets = Pcapng.read(w.capture());
            line.frames(packets, w.name()).forEach(r.trace()::add);
            line.collisions(packets, r.stationNames()).forEach(r.trace()::add);
            line.backoffs(packets, r.stationNames()).forEach(r.trace()::add);
            line.deferrals(packets, r.stationNames()).forEach(r.trace()::add);
        }
        List<TraceEvent> events = r.trace().events();
        if (html != null) {
            TraceHtml.write(html, "jnic trace: GET http://" + Demo.NAME + "/ across a network", events);
        }
        return events;
    }

    /** The run and its events, in time order. */
    record Result(Demo.Result demo, List<TraceEvent> events) {}

    Result run(Demo.Options options) throws Exception {
        Demo.Result d = Demo.run(options);
        TraceRecorder trace = d.trace();
        List<Pcapng.Packet> packets = Pcapng.read(d.pcapng());
        LineNarrator line = new LineNarrator(d.stations(), options.build() == SimLan.Build.PHY);
        List<TraceEvent> hardware = new ArrayList<>(line.frames(packets));
        Map<String, MacAddress> addresses = new java.util.HashMap<>();
        d.stations().forEach((mac, name) -> addresses.put(name, mac));
        for (Map.Entry<String, Path> received : d.received().entrySet()) {
            List<Pcapng.Packet> heard = Pcapng.read(received.getValue());
            hardware.addAll(line.damaged(received.getKey(), heard));
            if (options.medium() == Medium.HUB) {
                hardware.addAll(line.filtered(received.getKey(), addresses.get(received.getKey()), heard));
            }
        }
        hardware.addAll(line.collisions(packets, List.of("client", "server", "chatty")));
        hardware.addAll(line.backoffs(packets, List.of("client", "server", "chatty")));
        hardware.addAll(line.deferrals(packets, List.of("client", "server", "chatty")));
        if (d.vcd() != null) {
            hardware.addAll(line.adapter(
                    d.vcd(),
                    options.build() == SimLan.Build.PHY ? "NicPhy" : "NicFast",
                    d.clockPeriodPs(),
                    "client",
                    packets));
        }
        hardware.forEach(trace::add);
        List<TraceEvent> events = trace.events();
        if (html != null) {
            TraceHtml.write(
                    html,
                    "jnic trace: GET http://" + Demo.NAME + "/ ("
                            + options.medium().name().toLowerCase(Locale.ROOT) + ", "
                            + options.build().name().toLowerCase(Locale.ROOT) + " build)",
                    events);
        }
        return new Result(d, events);
    }
}
