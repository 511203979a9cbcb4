package jnic.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import jnic.cli.topology.Topology;
import jnic.cli.trace.TraceEvent;
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

    @Option(names = "--voice")
    boolean voice;

    @Option(names = "--voice-packets", defaultValue = "100")
    int voicePackets;

    @Option(names = "--vcd-host", defaultValue = "client")
    String vcdHost;

    @Override
    public Integer call() throws Exception {
        story.check(spec);
        if (voice) {
            return voiceDemo();
        }
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

    private int voiceDemo() throws Exception {
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
                VOICE_BULK_BYTES));
        System.out.printf(
                Locale.ROOT,
                "jnic demo --voice: %s, %s build, bit error rate %g%n",
                story.lan.medium.name().toLowerCase(Locale.ROOT),
                story.lan.build.name().toLowerCase(Locale.ROOT),
                story.bitErrorRate);
        System.out.printf(
                Locale.ROOT,
                "  voice   %d RTP packets of 20 ms (64 kb/s G.711) talker -> listener, UDP port %d, nothing resent%n",
                r.sent(),
                VoiceDemo.RTP_PORT);
        System.out.printf(
                Locale.ROOT,
                "  heard   %d received, %d lost, interarrival jitter %.1f us (RFC 3550 6.4.1), %d too late for a %d ms"
                        + " playout buffer%n",
                r.received().size(),
                r.lost(),
                r.jitterMicros(),
                r.late(),
                VoiceDemo.PLAYOUT_NANOS / 1_000_000);
        System.out.println("  the listener, as it hears the stream:");
        r.narration().forEach(e -> System.out.println("  " + TraceEvent.format(e)));
        System.out.printf(
                Locale.ROOT,
                "  TCP     %d of %d bytes of a bulk transfer sharing the line%n",
                r.bulkDelivered(),
                VOICE_BULK_BYTES);
        System.out.printf(
                Locale.ROOT,
                "  NIC     listener: %d FCS errors%n",
                r.listenerNic().get(Counter.RX_FCS_ERRORS));
        System.out.println("  files   " + r.lineCapture() + " (the line), " + r.listenerCapture()
                + " (what the listener's adapter received; tshark -d udp.port==5004,rtp -z rtp,streams)");
        boolean ok = r.bulkDelivered() == VOICE_BULK_BYTES; // loss is the stream's to bear, not a failure
        System.out.println(ok ? "OK: the stream played what arrived in time" : "FAILED");
        return ok ? 0 : 1;
    }

    /** The TCP transfer that shares the line with the voice stream. */
    static final int VOICE_BULK_BYTES = 1 << 20;

    private int topologyDemo() throws Exception {
        Topology t = story.topology(spec, topology);
        TopologyDemo.Result r =
                TopologyDemo.run(t, story.out, story.pageSize, vcdHost, story.vcdCycles, null, System.out);
        return r.ok() ? 0 : 1;
    }
}
