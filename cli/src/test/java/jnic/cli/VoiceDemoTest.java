package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jnic.cli.trace.TraceEvent;
import jnic.driver.sim.SimLan;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.UdpDatagram;
import jnic.sim.Medium;
import jnic.sim.Pcapng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jnic demo --voice} against the captures: nothing is resent, the listener's loss is what
 * its adapter received intact, and its RFC 3550 jitter agrees with the same formula applied here
 * to the receive capture's own times.
 */
class VoiceDemoTest {
    @TempDir
    Path dir;

    /** RTP sequence number and capture time of each intact voice packet in {@code packets}. */
    private static List<long[]> rtp(List<Pcapng.Packet> packets) {
        List<long[]> out = new ArrayList<>();
        for (Pcapng.Packet p : packets) {
            if (p.crcError() || p.symbolError() || p.bytes().length < 18) {
                continue;
            }
            var eth = EthernetFrame.parse(ByteBuffer.wrap(p.bytes(), 0, p.bytes().length - 4));
            if (!eth.isOk() || eth.value().etherType() != EtherType.IPV4) {
                continue;
            }
            var ip = Ipv4Packet.parse(eth.value().payload());
            if (!ip.isOk() || ip.value().protocol() != Ipv4Packet.PROTOCOL_UDP) {
                continue;
            }
            var udp = UdpDatagram.parse(
                    ip.value().payload(), ip.value().source(), ip.value().destination());
            if (!udp.isOk() || udp.value().destinationPort() != VoiceDemo.RTP_PORT) {
                continue;
            }
            ByteBuffer rtp = udp.value().data();
            out.add(new long[] {rtp.getShort(rtp.position() + 2) & 0xFFFF, p.nanos()});
        }
        return out;
    }

    @Test
    void theStreamLosesWhatTheLineBrokeResendsNothingAndItsJitterMatchesTheCapture() throws Exception {
        VoiceDemo.Result r =
                VoiceDemo.run(new VoiceDemo.Options(Medium.CABLE, SimLan.Build.FAST, dir, 1, 1e-5, 100, 1 << 20));
        assertEquals(1 << 20, r.bulkDelivered(), "the TCP transfer beside it arrives whole");

        List<long[]> sent = rtp(Pcapng.read(r.lineCapture()));
        Map<Long, Long> copies = sent.stream().collect(Collectors.groupingBy(x -> x[0], Collectors.counting()));
        assertEquals(100, copies.size(), "every packet went on the line");
        assertTrue(copies.values().stream().allMatch(n -> n == 1), "and none twice: nothing is resent");

        List<long[]> heard = rtp(Pcapng.read(r.listenerCapture()));
        Set<Long> intact = heard.stream().map(x -> x[0]).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(intact.size() < 100, "bit errors broke some voice packets (this seed)");
        assertEquals(100 - intact.size(), r.lost(), "lost: the packets the listener's adapter did not receive intact");
        assertEquals(
                intact,
                r.received().stream().map(a -> (long) a.sequence()).collect(Collectors.toCollection(TreeSet::new)),
                "the listener got exactly the intact ones");

        // RFC 3550 section 6.4.1 over the capture's times (when each frame reached the listener's
        // PHY); the listener measured when its socket got the datagram, a few microseconds later.
        double jitter = 0;
        Long previous = null;
        for (long[] h : heard) {
            long transit = h[1] - h[0] * VoiceDemo.SAMPLES_PER_PACKET * 1_000_000_000L / VoiceDemo.CLOCK_RATE;
            if (previous != null) {
                jitter += (Math.abs(transit - previous) - jitter) / 16;
            }
            previous = transit;
        }
        assertEquals(jitter / 1000, r.jitterMicros(), 5.0, "jitter in microseconds, capture against socket");
        assertTrue(r.received().stream().allMatch(a -> a.arrivedNanos() > a.sentNanos()), "arrivals after sends");

        // The listener's narration names the lost packets, gap by gap: exactly those not intact.
        Set<Long> narratedLost = new TreeSet<>();
        java.util.regex.Pattern gap =
                java.util.regex.Pattern.compile("^RTP packets? (\\d+)(?: to (\\d+))? (?:is|are) lost");
        for (var e : r.narration()) {
            var m = gap.matcher(e.text());
            if (m.find()) {
                long first = Long.parseLong(m.group(1));
                long last = m.group(2) == null ? first : Long.parseLong(m.group(2));
                for (long q = first; q <= last; q++) {
                    narratedLost.add(q);
                }
            }
        }
        Set<Long> notIntact = new TreeSet<>();
        for (long q = 0; q < 100; q++) {
            if (!intact.contains(q)) {
                notIntact.add(q);
            }
        }
        assertEquals(notIntact, narratedLost, "the narrated gaps");
        assertEquals(
                VoiceDemo.Listener.NARRATED,
                r.narration().stream()
                        .filter(e -> e.text().contains(" arrives ") && e.text().contains("jitter now"))
                        .count(),
                "the first packets are narrated");
    }

    @Test
    void badVoiceArgumentsExitNonZero() {
        assertEquals(2, Jnic.run("demo", "--voice", "--voice-packets", "0"));
        assertEquals(2, Jnic.run("demo", "--voice", "--topology", "seed"));
    }

    /**
     * {@code jnic trace --voice}: every voice packet on the line, in order, and for every packet the
     * listener narrates lost, its adapter's drop of a damaged voice-sized frame at the time the
     * packet crossed the line; the sequence numbers are read from the capture by this test's own
     * parser ({@link #rtp}), not the trace's.
     */
    @Test
    void theTraceShowsEachLostPacketDroppedByTheListenersAdapterBeforeItsGap() throws Exception {
        Path out = dir.resolve("trace-voice");
        VoiceDemo.Result r =
                VoiceDemo.run(new VoiceDemo.Options(Medium.CABLE, SimLan.Build.FAST, out, 1, 1e-5, 100, 1 << 20));
        List<TraceEvent> events = new TraceCommand().voiceEvents(r, false);
        Pattern onLine = Pattern.compile("^RTP packet (\\d+) \\(UDP to port 5004\\)");
        Map<Long, Long> lineTime = new HashMap<>();
        long previous = -1;
        for (var e : events) {
            var m = onLine.matcher(e.text());
            if (e.layer() == TraceLayer.LINE && m.find()) {
                long sequence = Long.parseLong(m.group(1));
                assertEquals(previous + 1, sequence, "the packets on the line, in order");
                previous = sequence;
                lineTime.put(sequence, e.nanos());
            }
        }
        List<long[]> sent = rtp(Pcapng.read(r.lineCapture()));
        assertEquals(100, lineTime.size(), "one line event per voice packet");
        for (long[] s : sent) {
            assertEquals(s[1], lineTime.get(s[0]), "packet " + s[0] + " at its capture time");
        }
        Set<Long> intact = rtp(Pcapng.read(r.listenerCapture())).stream()
                .map(x -> x[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(intact.size() < 100, "some voice packets were lost (this seed)");
        for (long q = 0; q < 100; q++) {
            if (intact.contains(q)) {
                continue;
            }
            long at = lineTime.get(q);
            assertTrue(
                    events.stream()
                            .anyMatch(e -> e.host().equals("listener")
                                    && e.layer() == TraceLayer.ADAPTER
                                    && e.text().contains("its FCS does not check")
                                    && Math.abs(e.nanos() - at) < 100_000),
                    "the listener's adapter drops lost packet " + q + " where it crossed the line");
        }
    }
}
