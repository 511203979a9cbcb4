package jnic.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.UdpDatagram;
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
            "By default across the story's whole path (the seed network: a hub, two routers, a narrow cable, a switch;"
                    + " phy build): every host and router narrates (routes, TTL per hop, fragments and their reassembly,"
                    + " ICMP errors), every wire's capture is read; one capture per wire in OUT. --topology FILE takes"
                    + " another network; --medium cable|hub tells the two-host exchange instead (OUT/trace.pcapng,"
                    + " OUT/trace-client-nic.vcd). --html F writes a sequence view of the same events."
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

    @Option(
            names = "--voice",
            description =
                    "narrate the story's last chapter instead: an RTP voice stream over UDP beside a TCP transfer,"
                            + " each voice packet on the line, each frame the listener's adapter drops, and what the listener"
                            + " hears (as jnic demo --voice)")
    boolean voice;

    @Option(names = "--voice-packets", defaultValue = "100", description = "with --voice: how many 20 ms packets")
    int voicePackets;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        story.check(spec);
        if (story.vcdCycles < 0 || story.vcdCycles > 10_000_000) {
            throw new ParameterException(
                    spec.commandLine(), "--vcd-cycles must be 0 to 10000000, not " + story.vcdCycles);
        }
        if (voice) {
            return voiceTrace();
        }
        var parsed = spec.commandLine().getParseResult();
        if (topology == null && !parsed.hasMatchedOption("--medium")) {
            return topologyTrace("seed", true); // the story's whole path, by default
        }
        if (topology != null) {
            return topologyTrace(topology, false);
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

    /**
     * {@code --topology}, and the default: the story across a network, every host and every wire
     * narrated; the default run takes the seed's network on the phy build (Manchester line) unless
     * --build says otherwise.
     */
    private int topologyTrace(String file, boolean byDefault) throws Exception {
        Topology t = story.topology(spec, file);
        if (byDefault && !spec.commandLine().getParseResult().hasMatchedOption("--build")) {
            t = new Topology("phy", t.seed(), t.bitErrorRate(), t.frameLoss(), t.segments(), t.hosts());
        }
        String client = t.hosts().stream()
                .filter(h -> h.roleValue() == Topology.Role.CLIENT)
                .map(Topology.HostSpec::name)
                .findFirst()
                .orElse(null);
        TopologyDemo.Result r = TopologyDemo.run(
                t,
                story.out,
                story.pageSize,
                client,
                story.vcdCycles,
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

    /**
     * The hosts' events with each wire's frames and media access read from its capture, each hub
     * station's discards and the VCD host's clock-level detail, in time order.
     */
    List<TraceEvent> topologyEvents(TopologyDemo.Result r, boolean phy) throws IOException {
        LineNarrator line = new LineNarrator(r.stations(), phy);
        for (Network.Wire w : r.wires()) {
            List<Pcapng.Packet> packets = Pcapng.read(w.capture());
            line.frames(packets, w.name()).forEach(r.trace()::add);
            line.mediaAccess(packets, r.stationNames()).forEach(r.trace()::add);
        }
        for (TopologyDemo.Heard h : r.heard()) {
            line.filtered(h.host(), h.address(), Pcapng.read(h.capture())).forEach(r.trace()::add);
        }
        if (r.vcd() != null) { // the client adapter's clock-level detail, as in the two-host trace
            line.adapter(r.vcd(), phy ? "NicPhy" : "NicFast", r.clockPeriodPs(), r.vcdHost(), Pcapng.read(r.vcdWire()))
                    .forEach(r.trace()::add);
        }
        List<TraceEvent> events = r.trace().events();
        if (html != null) {
            TraceHtml.write(html, "jnic trace: GET http://" + Demo.NAME + "/ across a network", events);
        }
        return events;
    }

    /** {@code --voice}: the voice stream's packets on the line, the listener's drops and what it hears. */
    private int voiceTrace() throws Exception {
        if (topology != null) {
            throw new ParameterException(spec.commandLine(), "--voice runs on one wire; it takes no --topology");
        }
        if (voicePackets < 1 || voicePackets > 65_536) {
            throw new ParameterException(spec.commandLine(), "--voice-packets must be 1 to 65536, not " + voicePackets);
        }
        VoiceDemo.Result r = VoiceDemo.run(new VoiceDemo.Options(
                story.lan.medium,
                story.lan.build,
                story.out,
                story.lan.seed,
                story.bitErrorRate,
                voicePackets,
                DemoCommand.VOICE_BULK_BYTES));
        List<TraceEvent> events = voiceEvents(r, story.lan.build == SimLan.Build.PHY);
        System.out.printf(
                Locale.ROOT,
                "jnic trace --voice: %d RTP packets talker -> listener beside a TCP transfer (%s, %s build, bit error"
                        + " rate %g); %d lost, nothing resent%n%n",
                r.sent(),
                story.lan.medium.name().toLowerCase(Locale.ROOT),
                story.lan.build.name().toLowerCase(Locale.ROOT),
                story.bitErrorRate,
                r.lost());
        print(events);
        System.out.println("  files   " + r.lineCapture() + ", " + r.listenerCapture() + " (Wireshark)"
                + (html == null ? "" : ", " + html + " (a browser)"));
        boolean ok = r.bulkDelivered() == DemoCommand.VOICE_BULK_BYTES;
        System.out.println(ok ? "OK: the stream played what arrived in time" : "FAILED");
        return ok ? 0 : 1;
    }

    /**
     * The voice run as events in time order: each RTP packet's frame on the line (the TCP transfer's
     * frames are left out: they would bury the stream), each voice-sized frame the listener's adapter
     * received damaged and dropped, and the listener's own account (arrivals, jitter, gaps, late
     * packets).
     */
    List<TraceEvent> voiceEvents(VoiceDemo.Result r, boolean phy) throws IOException {
        LineNarrator line = new LineNarrator(r.stations(), phy);
        List<Pcapng.Packet> packets = Pcapng.read(r.lineCapture());
        List<TraceEvent> frames = line.frames(packets);
        List<TraceEvent> events = new ArrayList<>();
        int voiceFrameBytes = -1;
        for (int i = 0; i < packets.size(); i++) {
            int sequence = rtpSequence(packets.get(i).bytes());
            if (sequence >= 0) {
                voiceFrameBytes = packets.get(i).bytes().length;
                TraceEvent e = frames.get(i);
                events.add(new TraceEvent(
                        e.nanos(),
                        e.host(),
                        e.layer(),
                        "RTP packet " + sequence + " (UDP to port " + VoiceDemo.RTP_PORT + "): " + e.text(),
                        e.to()));
            }
        }
        // Frames the listener's adapter dropped damaged, those of a voice packet's size: the TCP
        // transfer's are left out too (a damaged frame names no port one could trust).
        int voiceBytes = voiceFrameBytes;
        events.addAll(line.damaged(
                "listener",
                Pcapng.read(r.listenerCapture()).stream()
                        .filter(p -> p.bytes().length == voiceBytes)
                        .toList()));
        events.addAll(r.narration());
        events.sort(Comparator.comparingLong(TraceEvent::nanos));
        if (html != null) {
            TraceHtml.write(html, "jnic trace --voice: an RTP stream beside a TCP transfer", events);
        }
        return events;
    }

    /** The RTP sequence number of a captured frame (FCS included) carrying the voice stream, else -1. */
    static int rtpSequence(byte[] f) {
        if (f.length < EthernetFrame.HEADER_LENGTH + 4) {
            return -1;
        }
        var eth = EthernetFrame.parse(ByteBuffer.wrap(f, 0, f.length - 4));
        if (!eth.isOk() || eth.value().etherType() != EtherType.IPV4) {
            return -1;
        }
        var ip = Ipv4Packet.parse(eth.value().payload());
        if (!ip.isOk() || ip.value().protocol() != Ipv4Packet.PROTOCOL_UDP) {
            return -1;
        }
        var udp = UdpDatagram.parse(
                ip.value().payload(), ip.value().source(), ip.value().destination());
        if (!udp.isOk() || udp.value().destinationPort() != VoiceDemo.RTP_PORT) {
            return -1;
        }
        ByteBuffer rtp = udp.value().data();
        return rtp.remaining() < 4 ? -1 : rtp.getShort(rtp.position() + 2) & 0xFFFF; // RFC 3550 5.1: sequence number
    }

    /** The run and its events, in time order. */
    record Result(Demo.Result demo, List<TraceEvent> events) {}

    Result run(Demo.Options options) throws Exception {
        Demo.Result d = Demo.run(options);
        TraceRecorder trace = d.trace();
        List<Pcapng.Packet> packets = Pcapng.read(d.pcapng());
        LineNarrator line = new LineNarrator(d.stations(), options.build() == SimLan.Build.PHY);
        List<TraceEvent> hardware = new ArrayList<>(line.frames(packets));
        Map<String, MacAddress> addresses = new HashMap<>();
        d.stations().forEach((mac, name) -> addresses.put(name, mac));
        for (Map.Entry<String, Path> received : d.received().entrySet()) {
            List<Pcapng.Packet> heard = Pcapng.read(received.getValue());
            hardware.addAll(line.damaged(received.getKey(), heard));
            if (options.medium() == Medium.HUB) {
                hardware.addAll(line.filtered(received.getKey(), addresses.get(received.getKey()), heard));
            }
        }
        hardware.addAll(line.mediaAccess(packets, List.of("client", "server", "chatty")));
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
