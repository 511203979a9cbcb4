package jnic.cli;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jnic.cli.trace.TraceEvent;
import jnic.cli.trace.TraceRecorder;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.driver.trace.TraceLayer;
import jnic.driver.trace.Tracer;
import jnic.net.wire.MacAddress;
import jnic.sim.Medium;
import jnic.sim.nic.NicRegisterMap;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import jnic.stack.udp.UdpSocket;

/**
 * {@code jnic demo --voice}: the story's last chapter, UDP for data where a late retransmission is
 * worse than a loss. A talker sends a 64 kb/s voice stream, 20 ms of G.711 samples (160 bytes)
 * per packet behind an RTP header (RFC 3550 section 5.1: sequence number, timestamp in 8 kHz
 * sample units, SSRC), to a listener over simulated adapters, while a TCP bulk transfer between
 * the same hosts shares the line. Nothing is resent: the listener reports what it lost, the
 * interarrival jitter as RFC 3550 section 6.4.1 and appendix A.8 compute it, and the packets that
 * came too late for a playout buffer of {@link #PLAYOUT_NANOS}.
 */
public final class VoiceDemo {
    static final int RTP_PORT = 5004;
    static final int BULK_PORT = 9000;
    static final int HEADER_BYTES = 12;
    static final int SAMPLES_PER_PACKET = 160; // 20 ms at 8000 samples per second
    static final long PACKET_NANOS = 20_000_000L;
    static final int CLOCK_RATE = 8000;
    static final int PAYLOAD_TYPE_PCMU = 0;
    static final int SSRC = 0x6A6E6963; // "jnic"
    /** The playout buffer: a packet later than this after its send time is too late to be played. */
    static final long PLAYOUT_NANOS = 40_000_000L;

    /** How to run it: the medium and build, the line's bit error rate, how many packets, and the TCP transfer's size. */
    record Options(
            Medium medium, SimLan.Build build, Path out, long seed, double bitErrorRate, int packets, int bulkBytes) {}

    /** One packet as the listener saw it: its RTP sequence number and timestamp, when it was sent and when it arrived. */
    record Arrival(int sequence, long rtpTimestamp, long sentNanos, long arrivedNanos) {}

    /**
     * What happened: packets sent, those received (in arrival order), the RFC 3550 figures, the
     * packets too late to play, the TCP bytes delivered, the captures (the line, and what the
     * listener's adapter received) and the listener adapter's counters.
     */
    record Result(
            int sent,
            List<Arrival> received,
            long lost,
            double jitterMicros,
            long late,
            List<TraceEvent> narration,
            long bulkDelivered,
            Path lineCapture,
            Path listenerCapture,
            Map<NicRegisterMap.Counter, Long> listenerNic,
            Map<MacAddress, String> stations) {}

    private VoiceDemo() {}

    /** The RTP packet with this sequence number: the fixed header of RFC 3550 section 5.1 and 160 samples of a tone. */
    static byte[] packet(int sequence) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + SAMPLES_PER_PACKET);
        b.put((byte) 0x80); // version 2, no padding, no extension, no CSRC
        b.put((byte) PAYLOAD_TYPE_PCMU);
        b.putShort((short) sequence);
        b.putInt(sequence * SAMPLES_PER_PACKET);
        b.putInt(SSRC);
        for (int i = 0; i < SAMPLES_PER_PACKET; i++) {
            b.put((byte) (i % 16 < 8 ? 0x9F : 0x1F)); // a 500 Hz square wave, near the middle of G.711's range
        }
        return b.array();
    }

    static Result run(Options o) throws Exception {
        Files.createDirectories(o.out());
        SimLan.Options lanOptions =
                o.medium() == Medium.HUB ? SimLan.Options.hub(o.build(), 2) : SimLan.Options.cable(o.build());
        try (SimLan lan = SimLan.create(lanOptions.withImpairments(o.bitErrorRate(), 0, o.seed()))) {
            Path line = o.out().resolve("voice.pcapng");
            Path heard = o.out().resolve("voice-rx-listener.pcapng");
            lan.capturePcapng(line);
            SimNic talkerNic = lan.open(0, SimNic.Config.defaults());
            SimNic listenerNic = lan.open(1, SimNic.Config.defaults());
            lan.captureStationPcapng(1, heard);
            Host talker = new Host("talker", lan, HostConfig.DEFAULT.withSeed(o.seed()));
            Host listener = new Host("listener", lan, HostConfig.DEFAULT.withSeed(o.seed() + 1));
            talker.attach(talkerNic, InterfaceAddress.parse("192.168.7.2/24"));
            listener.attach(listenerNic, InterfaceAddress.parse("192.168.7.1/24"));

            long[] sentAt = new long[o.packets()];
            TraceRecorder narration = new TraceRecorder(lan.clock());
            Listener heardBy = new Listener(lan, sentAt, narration.forHost("listener"));
            UdpSocket in = listener.udp().open(RTP_PORT);
            receive(in, heardBy);

            long[] delivered = {0};
            TcpListener bulkIn = listener.tcp().listen(BULK_PORT, 1);
            bulkIn.acceptAsync().thenAccept(s -> drain(s, delivered));
            CompletableFuture<TcpSocket> bulkOut = talker.tcp().connect(listener.address(), BULK_PORT);
            bulkOut.thenAccept(s -> s.writeAsync(new byte[o.bulkBytes()], 0, o.bulkBytes()));

            UdpSocket out = talker.udp().open(0);
            for (int i = 0; i < o.packets(); i++) {
                int sequence = i;
                lan.schedule(PACKET_NANOS * (i + 1), () -> {
                    sentAt[sequence] = lan.clock().nanos();
                    try {
                        out.sendTo(packet(sequence), listener.address(), RTP_PORT);
                    } catch (Exception e) {
                        sentAt[sequence] = -1; // not sent (a full transmit queue): lost at the talker
                    }
                });
            }
            lan.runFor(PACKET_NANOS * (o.packets() + 1) + 200_000_000L);
            lan.runUntil(() -> delivered[0] >= o.bulkBytes(), 30_000_000_000L);

            heardBy.streamEnds(o.packets());
            List<Arrival> received = heardBy.received;
            long lost = (heardBy.highest + 1) - received.size(); // RFC 3550 A.3: expected from the first to the highest
            lost += o.packets() - 1 - heardBy.highest; // and the stream's tail, which the listener knows to expect
            return new Result(
                    o.packets(),
                    received,
                    lost,
                    heardBy.jitter / 1000.0,
                    heardBy.late,
                    narration.events(),
                    delivered[0],
                    line,
                    heard,
                    listenerNic.hardwareCounters(),
                    Map.of(talkerNic.macAddress(), "talker", listenerNic.macAddress(), "listener"));
        }
    }

    /**
     * The listener's side: each packet as it arrives, the RFC 3550 interarrival jitter (section
     * 6.4.1: J += (|D| - J) / 16, D the difference of consecutive transit times, arrival less RTP
     * timestamp in one unit), the packets too late to play, and a narration: the first
     * {@link #NARRATED} packets, each gap in the sequence numbers (lost, not resent) and each late one.
     */
    static final class Listener {
        static final int NARRATED = 5;
        final List<Arrival> received = new ArrayList<>();
        final SimLan lan;
        final long[] sentAt;
        final Tracer tracer;
        long highest = -1;
        double jitter;
        Long previousTransit;
        long late;

        Listener(SimLan lan, long[] sentAt, Tracer tracer) {
            this.lan = lan;
            this.sentAt = sentAt;
            this.tracer = tracer;
        }

        void arrived(int sequence, long timestamp) {
            long now = lan.clock().nanos();
            long sent = sequence < sentAt.length ? sentAt[sequence] : -1;
            received.add(new Arrival(sequence, timestamp, sent, now));
            long transit = now - timestamp * 1_000_000_000L / CLOCK_RATE;
            if (previousTransit != null) {
                jitter += (Math.abs(transit - previousTransit) - jitter) / 16;
            }
            previousTransit = transit;
            if (sequence > highest + 1) {
                gap(highest + 1, sequence - 1, "before packet " + sequence);
            }
            highest = Math.max(highest, sequence);
            if (sent >= 0 && now - sent > PLAYOUT_NANOS) {
                late++;
                tell(String.format(
                        Locale.ROOT,
                        "RTP packet %d arrives %.3f ms after it was sent: too late for the %d ms playout buffer, so"
                                + " it is not played",
                        sequence,
                        (now - sent) / 1e6,
                        PLAYOUT_NANOS / 1_000_000));
            } else if (received.size() <= NARRATED) {
                tell(String.format(
                        Locale.ROOT,
                        "RTP packet %d (timestamp %d, 20 ms of G.711 samples) arrives %.1f us after it was sent;"
                                + " interarrival jitter now %.1f us (RFC 3550 6.4.1)",
                        sequence,
                        timestamp,
                        (now - sent) / 1e3,
                        jitter / 1e3));
            }
        }

        /** The stream is over: a tail the listener never saw is lost too. */
        void streamEnds(int packets) {
            if (highest < packets - 1) {
                gap(highest + 1, packets - 1, "at the end of the stream");
            }
        }

        private void gap(long first, long last, String where) {
            tell((first == last ? "RTP packet " + first + " is" : "RTP packets " + first + " to " + last + " are")
                    + " lost (a gap in the sequence numbers " + where + "); nothing is resent: a retransmission"
                    + " would come too late to be played, so the playout conceals the " + 20 * (last - first + 1)
                    + " ms");
        }

        private void tell(String text) {
            tracer.event(TraceLayer.APPLICATION, text);
        }
    }

    private static void receive(UdpSocket in, Listener listener) {
        in.receiveAsync().thenAccept(d -> {
            ByteBuffer b = ByteBuffer.wrap(d.data());
            if (d.data().length >= HEADER_BYTES && (b.get(0) & 0xC0) == 0x80 && b.getInt(8) == SSRC) {
                listener.arrived(b.getShort(2) & 0xFFFF, Integer.toUnsignedLong(b.getInt(4)));
            }
            receive(in, listener);
        });
    }

    private static void drain(TcpSocket s, long[] delivered) {
        byte[] buffer = new byte[65536];
        s.readAsync(buffer, 0, buffer.length).thenAccept(n -> {
            if (n > 0) {
                delivered[0] += n;
                drain(s, delivered);
            }
        });
    }
}
