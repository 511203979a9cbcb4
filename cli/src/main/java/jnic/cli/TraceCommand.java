package jnic.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
            "Writes OUT/trace.pcapng and OUT/trace-client-nic.vcd; --html F writes a sequence view of the same events."
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        story.check(spec);
        if (story.vcdCycles < 0 || story.vcdCycles > 10_000_000) {
            throw new ParameterException(
                    spec.commandLine(), "--vcd-cycles must be 0 to 10000000, not " + story.vcdCycles);
        }
        Result r = run(story.demo(lan -> new TraceRecorder(lan.clock())));
        System.out.printf(
                Locale.ROOT,
                "jnic trace: GET http://%s/ between two hosts on simulated adapters (%s, %s build)%n%n",
                Demo.NAME,
                story.lan.medium.name().toLowerCase(Locale.ROOT),
                story.lan.build.name().toLowerCase(Locale.ROOT));
        System.out.printf(Locale.ROOT, "%12s  %-7s %-11s %s%n", "time (us)", "host", "layer", "what happens");
        if (storyMode) {
            StoryChapters.print(r.events(), System.out);
        } else {
            r.events().forEach(e -> System.out.println(TraceEvent.format(e)));
        }
        System.out.println();
        System.out.println("  files   " + r.demo().pcapng() + " (Wireshark)"
                + (r.demo().vcd() == null ? "" : ", " + r.demo().vcd() + " (GTKWave)")
                + (html == null ? "" : ", " + html + " (a browser)"));
        System.out.println(r.demo().ok() ? "OK: the page arrived intact" : "FAILED: the page did not arrive");
        return r.demo().ok() ? 0 : 1;
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
