package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnic.cli.trace.LineNarrator;
import jnic.cli.trace.StoryChapters;
import jnic.cli.trace.TraceEvent;
import jnic.cli.trace.TraceRecorder;
import jnic.driver.sim.SimLan;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.sim.Medium;
import jnic.sim.Pcapng;
import jnic.sim.nic.NicRegisterMap;
import jnic.stack.tcp.TcpConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jnic trace}: every step of the seed's story, in order, checked against the capture; the HTML view loads. */
class TraceCommandTest {
    @TempDir
    static Path dir;

    static TraceCommand.Result run;
    static Path html;

    @BeforeAll
    static void trace() throws Exception {
        TraceCommand command = new TraceCommand();
        html = dir.resolve("view/trace.html");
        command.html = html;
        run = command.run(new Demo.Options(
                Medium.CABLE,
                SimLan.Build.PHY,
                dir,
                1,
                20_000,
                Demo.DEFAULT_PAGE_BYTES,
                0,
                lan -> new TraceRecorder(lan.clock())));
    }

    /**
     * The steps the seed tells, as this exchange makes them (DNS first, so ARP comes before the SYN):
     * a step a line, its host, layer and the pattern its text matches.
     */
    private static final List<Step> STEPS = Step.parse("""
            client DRIVER      start-up: writes CONTROL.RESET .*ID reads 0x4A4E4943.*CONFIG: phy \\(Manchester\\) build, 4 transmit and 8 receive slots of 2048 bytes
            client DRIVER      start-up: writes CONTROL.SELF_TEST and waits for its interrupt
            client DRIVER      start-up: the self-test passed in [\\d.]+ ms
            client DRIVER      start-up: the address ROM reads (..:..:..:..:..:..)
            client DRIVER      start-up: receive filter: frames to 02:4a:4e:49:43:01, to broadcast
            client DRIVER      start-up: interrupt mask INT_MASK = 0x0E .*enable: CONTROL = TX_ENABLE \\| RX_ENABLE, full duplex
            server DRIVER      start-up: the address ROM reads 02:4a:4e:49:43:02
            client APPLICATION which address has www.jnic.test
            client DNS         query id 0x[0-9A-F]{4}: A record of www.jnic.test
            client ARP         cache miss for 192.168.7.1: .*who-has 192.168.7.1 is broadcast
            client DRIVER      copies the 42-byte frame into transmit slot \\d+ of the adapter's buffer memory .* TX_COMMAND = 42
            client ADAPTER     7 x 0x55 \\(preamble\\) then 0xD5 \\(SFD\\), Manchester code .*a transition in the middle of every bit.*the 64 bytes after the SFD equal the captured frame
            client LINE        client -> all: preamble 7 x 0x55 and SFD 0xD5, then 64 bytes: .*EtherType 0x0806 \\(ARP\\), 18 bytes of padding.*FCS 0x[0-9A-F]{8}, the CRC-32 of the bytes before it
            server ARP         who-has 192.168.7.1 from 192.168.7.2: that is us
            client ADAPTER     hears a burst on the line: the Manchester decoder recovers the sender's clock
            client ADAPTER     address filter: destination is our station address: accepted; the FCS checks
            client ADAPTER     raises its interrupt line
            client DRIVER      takes the interrupt: INT_STATUS = 0x0[23] \\(.*RX_READY\\)
            client DRIVER      copies a 60-byte frame out of receive slot \\d+ \\(descriptor 0x0001003C: unicast to our address
            client ETHERNET    EtherType 0x0806: the frame goes to ARP
            client ARP         cache: 192.168.7.1 is-at 02:4a:4e:49:43:02 .*1 waiting datagram
            client DNS         answer id 0x[0-9A-F]{4}: www.jnic.test is \\[192.168.7.1\\]
            client APPLICATION socket\\(AF_INET, SOCK_STREAM, 0\\) returns descriptor 3: .*a TCP connection's control block, no addresses or ports yet
            client APPLICATION connect\\(3, 192.168.7.1:80\\): the handshake starts
            client TCP         connect\\(\\): a new socket, 192.168.7.2:\\d+ .* -> 192.168.7.1:80
            client TCP         CLOSED -> SYN-SENT: ISN (\\d+)
            client TCP         <SYN> SEQ=(\\d+) WND=\\d+ LEN=0 options: MSS=1460
            server ETHERNET    EtherType 0x0800: the frame goes to IPv4
            server TCP         <SYN> .*checksum good; the 4-tuple finds the listener on port 80
            server TCP         <SYN,ACK> SEQ=\\d+ ACK=\\d+ WND=\\d+
            client TCP         <SYN,ACK> .*the 4-tuple finds its connection, in SYN-SENT
            client TCP         SYN-SENT -> ESTABLISHED
            client APPLICATION connect\\(3, 192.168.7.1:80\\) returns 0: descriptor 3's control block now holds local 192.168.7.2:\\d+, remote 192.168.7.1:80, state ESTABLISHED
            client APPLICATION \\(descriptor 3\\); writes GET /\s
            client TCP         sends 89 bytes, less than the MSS, at once: nothing is unacknowledged
            client APPLICATION send\\(3, 89 bytes\\) returns 89: copied into the send buffer
            server TCP         delays its ACK: one segment \\(89 bytes\\) unacknowledged
            server APPLICATION reads GET /
            server APPLICATION answers 200 OK \\(3100 bytes with the header\\)
            server TCP         the ACK of the 1 segment\\(s\\) received rides on this data \\(a piggy-backed ACK\\)
            server TCP         192.168.7.1:80 -> 192.168.7.2:\\d+ <ACK> SEQ=\\d+ ACK=\\d+ WND=\\d+ LEN=1460$
            server TCP         192.168.7.1:80 -> 192.168.7.2:\\d+ <ACK> SEQ=\\d+ ACK=\\d+ WND=\\d+ LEN=1460$
            server TCP         holds 180 bytes back: less than the MSS \\(1460\\) while 2920 bytes are unacknowledged; Nagle's rule
            server TCP         ESTABLISHED -> FIN-WAIT-1
            server TCP         sends 180 bytes, less than the MSS, at once: the application has closed
            server TCP         192.168.7.1:80 -> 192.168.7.2:\\d+ <PSH,ACK> SEQ=\\d+ ACK=\\d+ WND=\\d+ LEN=180$
            server TCP         192.168.7.1:80 -> 192.168.7.2:\\d+ <FIN,ACK>
            client TCP         <ACK> .*LEN=1460, checksum good; the 4-tuple finds its connection, in ESTABLISHED
            client TCP         RTT sample R = [\\d.]+ us, the first: SRTT = R, RTTVAR = R/2 \\(RFC 6298 section 2.2\\)
            client TCP         delays its ACK: one segment \\(1460 bytes\\) unacknowledged
            client TCP         acknowledges every second full-sized segment at once
            client TCP         <PSH,ACK> .*LEN=180, checksum good; the 4-tuple finds its connection, in ESTABLISHED
            client APPLICATION recv\\(3, \\d+\\) returns 180 bytes from the receive buffer
            client APPLICATION reads 200 OK and 3000 bytes of body; the server closes this connection
            client TCP         <FIN,ACK> .*checksum good; the 4-tuple finds its connection, in ESTABLISHED
            client TCP         192.168.7.2:\\d+ -> 192.168.7.1:80 <ACK> SEQ=\\d+ ACK=\\d+ WND=\\d+ LEN=0$
            client TCP         ESTABLISHED -> CLOSE-WAIT
            client APPLICATION recv\\(3, \\d+\\) returns 0: the end of the stream
            client APPLICATION read returns the end of the stream \\(the server's FIN\\): closes the socket
            client APPLICATION close\\(3\\): descriptor 3 is free again
            client TCP         CLOSE-WAIT -> LAST-ACK
            client TCP         192.168.7.2:\\d+ -> 192.168.7.1:80 <FIN,ACK>
            server TCP         FIN-WAIT-2 -> TIME-WAIT: the 4-tuple stays reserved for 2 MSL
            client TCP         LAST-ACK -> CLOSED
            """);

    /** A step of the story: who tells it, at which layer, and a pattern its text matches. */
    private record Step(String host, TraceLayer layer, Pattern pattern) {
        static List<Step> parse(String table) {
            return table.lines()
                    .map(line -> line.split(" +", 3))
                    .map(f -> new Step(f[0], TraceLayer.valueOf(f[1]), Pattern.compile(f[2])))
                    .toList();
        }
    }

    @Test
    void everyStepOfTheStoryIsNarratedInOrder() {
        assertTrue(run.demo().ok(), "the page arrived");
        List<TraceEvent> events = run.events();
        int at = 0;
        List<String> groups = new ArrayList<>();
        for (Step step : STEPS) {
            boolean found = false;
            for (; at < events.size(); at++) {
                TraceEvent e = events.get(at);
                Matcher m = step.pattern().matcher(e.text());
                if (e.host().equals(step.host()) && e.layer() == step.layer() && m.find()) {
                    if (m.groupCount() > 0) {
                        groups.add(m.group(1));
                    }
                    found = true;
                    at++;
                    break;
                }
            }
            assertTrue(
                    found,
                    "after the steps before it, no " + step.host() + " " + step.layer() + " event matches /"
                            + step.pattern() + "/");
        }
        assertEquals(groups.get(1), groups.get(2), "the SYN carries the ISN chosen on entering SYN-SENT");
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).nanos() >= events.get(i - 1).nanos(), "in time order");
        }
    }

    /** Checked against the capture itself: one LINE event per captured frame, and the SYN in the pcapng has the narrated ISN. */
    @Test
    void theNarrationAgreesWithTheCapture() throws Exception {
        List<Pcapng.Packet> packets = Pcapng.read(run.demo().pcapng());
        assertEquals(run.demo().framesOnWire(), packets.size());
        assertEquals(
                packets.size(),
                run.events().stream().filter(e -> e.layer() == TraceLayer.LINE).count());
        String isn = null;
        String firstSource = null;
        for (Pcapng.Packet p : packets) {
            EthernetFrame eth = EthernetFrame.parse(ByteBuffer.wrap(p.bytes(), 0, p.bytes().length - 4))
                    .value();
            firstSource = firstSource == null ? eth.source().toString() : firstSource;
            if (eth.etherType() != EtherType.IPV4) {
                continue;
            }
            Ipv4Packet ip = Ipv4Packet.parse(eth.payload()).value();
            if (ip.protocol() == Ipv4Packet.PROTOCOL_TCP) {
                TcpSegment seg = TcpSegment.parse(ip.payload(), ip.source(), ip.destination())
                        .value();
                if (seg.flags() == TcpSegment.SYN) {
                    isn = Integer.toUnsignedString(seg.sequence());
                }
            }
        }
        String captured = isn;
        assertTrue(
                captured != null
                        && run.events().stream()
                                .anyMatch(e -> e.text().contains("CLOSED -> SYN-SENT: ISN " + captured + " ")),
                "the ISN on the wire is the one narrated");
        String narratedRom = run.events().stream()
                .filter(e -> e.host().equals("client") && e.text().startsWith("start-up: the address ROM reads "))
                .map(e -> e.text().substring("start-up: the address ROM reads ".length(), 49))
                .findFirst()
                .orElseThrow();
        assertEquals(firstSource, narratedRom, "the first frame on the line comes from the address the ROM gave");
    }

    /**
     * The page is larger than the MSS: in the capture (the reference), the server's data goes as
     * segments of at most the MSS, numbered by sequence without a gap, together the response the
     * server narrated; the server narrated sending each of them.
     */
    @Test
    void theResponseIsSplitIntoSegmentsOfAtMostTheMss() throws Exception {
        List<long[]> data = new ArrayList<>(); // sequence number and length, in order on the wire
        for (Pcapng.Packet p : Pcapng.read(run.demo().pcapng())) {
            EthernetFrame eth = EthernetFrame.parse(ByteBuffer.wrap(p.bytes(), 0, p.bytes().length - 4))
                    .value();
            if (eth.etherType() != EtherType.IPV4) {
                continue;
            }
            Ipv4Packet ip = Ipv4Packet.parse(eth.payload()).value();
            if (ip.protocol() == Ipv4Packet.PROTOCOL_TCP
                    && ip.source().toString().equals("192.168.7.1")) {
                TcpSegment seg = TcpSegment.parse(ip.payload(), ip.source(), ip.destination())
                        .value();
                if (seg.data().remaining() > 0) {
                    data.add(new long[] {
                        Integer.toUnsignedLong(seg.sequence()), seg.data().remaining()
                    });
                }
            }
        }
        long total = 0;
        for (int i = 0; i < data.size(); i++) {
            assertTrue(data.get(i)[1] <= 1460, "segment " + i + " carries at most the MSS: " + data.get(i)[1]);
            if (i > 0) {
                assertEquals(
                        (data.get(i - 1)[0] + data.get(i - 1)[1]) & 0xFFFF_FFFFL, data.get(i)[0], "no gap, no overlap");
            }
            total += data.get(i)[1];
            String narrated = "SEQ=" + data.get(i)[0] + " ACK=";
            long length = data.get(i)[1];
            assertTrue(
                    run.events().stream()
                            .anyMatch(e -> e.host().equals("server")
                                    && e.text().startsWith("segment 192.168.7.1:80 ")
                                    && e.text().contains(narrated)
                                    && e.text().endsWith("LEN=" + length)),
                    "the server narrated sending segment " + i);
        }
        assertTrue(data.size() >= 3, "a page of " + Demo.DEFAULT_PAGE_BYTES + " bytes takes three segments or more");
        String answered = "answers 200 OK (" + total + " bytes with the header)";
        assertTrue(
                run.events().stream().anyMatch(e -> e.text().contains(answered)),
                "the segments carry the response the server wrote: " + answered);
    }

    /**
     * Every narrated RTT sample is the time from the narrated sending of the timed segment to its
     * ACK, and SRTT, RTTVAR and RTO follow from the samples as RFC 6298 sections 2.2 to 2.4
     * compute them (recomputed here, with G = 1 ms and the stack's minimum RTO).
     */
    @Test
    void rttSamplesAndTheRtoFollowRfc6298() {
        assertTrue(rttSamplesFollowRfc6298(run.events()) >= 2, "a sample at each end");
    }

    private static final Pattern RTT_SAMPLE = Pattern.compile(
            "the ACK of SEQ=(\\d+) .*RTT sample R = ([\\d.]+) us.* gives SRTT ([\\d.]+) us, RTTVAR ([\\d.]+) us;"
                    + ".*: RTO ([\\d.]+) ms$");

    /** Checks the samples of {@code events} per host; returns how many there were. */
    static int rttSamplesFollowRfc6298(List<TraceEvent> events) {
        double minRtoMicros = TcpConfig.DEFAULT.minRto().toNanos() / 1e3;
        Map<String, double[]> estimate = new java.util.HashMap<>(); // host -> {SRTT, RTTVAR} in us
        int samples = 0;
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            Matcher m = RTT_SAMPLE.matcher(e.text());
            if (e.layer() != TraceLayer.TCP || !m.find()) {
                continue;
            }
            samples++;
            double r = Double.parseDouble(m.group(2));
            String sent = "SEQ=" + m.group(1) + " ";
            TraceEvent send = null;
            for (int j = i - 1; j >= 0 && send == null; j--) {
                TraceEvent o = events.get(j);
                if (o.host().equals(e.host())
                        && o.layer() == TraceLayer.TCP
                        && o.text().startsWith("segment ")
                        && o.text().contains(sent)
                        && !o.text().contains("checksum")) {
                    send = o;
                }
            }
            assertTrue(send != null, "the timed segment " + sent + "was narrated going out: " + e.text());
            assertEquals((e.nanos() - send.nanos()) / 1e3, r, 0.06, "R is the time from sending to the ACK");

            double[] est = estimate.get(e.host());
            if (est == null) {
                est = new double[] {r, r / 2}; // section 2.2
                estimate.put(e.host(), est);
            } else {
                est[1] = 0.75 * est[1] + 0.25 * Math.abs(est[0] - r); // section 2.3, RTTVAR first
                est[0] = 0.875 * est[0] + 0.125 * r;
            }
            double rto = Math.max(minRtoMicros, est[0] + Math.max(1000, 4 * est[1])); // sections 2.3 and 2.4
            assertEquals(est[0], Double.parseDouble(m.group(3)), 0.5, "SRTT: " + e.text());
            assertEquals(est[1], Double.parseDouble(m.group(4)), 0.5, "RTTVAR: " + e.text());
            assertEquals(rto / 1e3, Double.parseDouble(m.group(5)), 0.002, "RTO: " + e.text());
        }
        return samples;
    }

    /**
     * With bit errors on the line: each frame an adapter received damaged is narrated at that
     * adapter, as many as its hardware counted in RX_FCS_ERRORS; the server's data segment lost
     * that way (found in the line capture, which holds it as sent) is resent, by fast retransmit or
     * timeout, and the narration names its sequence number; RTT samples still follow RFC 6298;
     * the page arrives intact.
     */
    @Test
    void aFrameDamagedOnTheLineIsDroppedByTheAdapterAndTcpResendsIt() throws Exception {
        Path lossy = dir.resolve("lossy");
        TraceCommand.Result r = new TraceCommand()
                .run(new Demo.Options(
                        Medium.CABLE,
                        SimLan.Build.PHY,
                        lossy,
                        8,
                        0,
                        Demo.DEFAULT_PAGE_BYTES,
                        3e-5,
                        lan -> new TraceRecorder(lan.clock())));
        assertTrue(r.demo().ok(), "the page arrived intact");
        List<TraceEvent> damaged = r.events().stream()
                .filter(e -> e.layer() == TraceLayer.ADAPTER && e.text().contains("its FCS does not check"))
                .toList();
        assertEquals(
                r.demo().clientNic().get(NicRegisterMap.Counter.RX_FCS_ERRORS),
                damaged.stream().filter(e -> e.host().equals("client")).count(),
                "the client adapter's FCS error counter");
        assertEquals(
                r.demo().serverNic().get(NicRegisterMap.Counter.RX_FCS_ERRORS),
                damaged.stream().filter(e -> e.host().equals("server")).count(),
                "the server adapter's FCS error counter");

        // The server's data segments the client received damaged, as they were sent.
        List<Pcapng.Packet> line = Pcapng.read(r.demo().pcapng());
        List<String> lostSequences = new ArrayList<>();
        for (TraceEvent d : damaged) {
            if (!d.host().equals("client")) {
                continue;
            }
            Pcapng.Packet sent = null;
            for (Pcapng.Packet p : line) {
                if (p.nanos() <= d.nanos() && (sent == null || p.nanos() > sent.nanos())) {
                    sent = p;
                }
            }
            EthernetFrame eth = EthernetFrame.parse(ByteBuffer.wrap(sent.bytes(), 0, sent.bytes().length - 4))
                    .value();
            Ipv4Packet ip = Ipv4Packet.parse(eth.payload()).value();
            TcpSegment seg = TcpSegment.parse(ip.payload(), ip.source(), ip.destination())
                    .value();
            if (seg.data().remaining() > 0) {
                lostSequences.add(Integer.toUnsignedString(seg.sequence()));
            }
        }
        assertFalse(lostSequences.isEmpty(), "this seed damages one of the server's data segments");
        for (String sequence : lostSequences) {
            assertTrue(
                    r.events().stream()
                            .anyMatch(e -> e.host().equals("server")
                                    && e.layer() == TraceLayer.TCP
                                    && (e.text().contains("fast retransmit")
                                            || e.text().contains("retransmission timeout"))
                                    && e.text().contains("SEQ=" + sequence)),
                    "the server says it resends SEQ=" + sequence + " and why");
        }
        assertTrue(rttSamplesFollowRfc6298(r.events()) >= 2);
    }

    private static final Pattern BACKOFF =
            Pattern.compile("^backoff: after collision (\\d+) of this frame it draws r = (\\d+) from 0 to (\\d+)");

    /**
     * Each collision is followed by a backoff drawn at that station (none was dropped after 16
     * attempts here): n counts the frame's collisions 1, 2, ...; r lies in 0 to 2^min(n, 10) - 1
     * (IEEE 802.3 clause 4.2.3.2.5); and the station's next attempt on the line (a frame or another
     * collision) starts no sooner than r slot times (512 bit times: 51.2 us at 10 Mb/s) later.
     * Returns how many backoffs drew more than 0 slots (those whose wait the check sees).
     */
    private static int assertBackoffsDrawnAndWaited(List<TraceEvent> events, String host, long collisions) {
        int backoffs = 0;
        int drawnAboveZero = 0;
        int previousN = 0;
        for (int k = 0; k < events.size(); k++) {
            TraceEvent e = events.get(k);
            Matcher m = BACKOFF.matcher(e.text());
            if (!e.host().equals(host) || !m.find()) {
                continue;
            }
            backoffs++;
            int n = Integer.parseInt(m.group(1));
            int r = Integer.parseInt(m.group(2));
            assertEquals((1 << Math.min(n, 10)) - 1, Integer.parseInt(m.group(3)), "the range after collision " + n);
            assertTrue(r >= 0 && r < 1 << Math.min(n, 10), host + ": r = " + r + " after collision " + n);
            assertTrue(
                    n == 1 || n == previousN + 1, host + ": collisions of one frame count up: " + previousN + ", " + n);
            previousN = n;
            drawnAboveZero += r > 0 ? 1 : 0;
            for (int j = k + 1; j < events.size(); j++) {
                TraceEvent next = events.get(j);
                boolean attempt = next.host().equals(host)
                        && ((next.layer() == TraceLayer.LINE && next.to() != null)
                                || next.text().startsWith("collision: its attempt met"));
                if (attempt) {
                    assertTrue(
                            next.nanos() >= e.nanos() + r * 51_200L,
                            host + " waited " + r + " slots: drew at " + e.nanos() + " ns, next attempt at "
                                    + next.nanos());
                    break;
                }
            }
        }
        assertEquals(collisions, backoffs, host + ": a backoff for every collision");
        return drawnAboveZero;
    }

    /**
     * On a hub: each frame an adapter heard for another station is narrated at that adapter as
     * its address filter's discard, as many as the adapter's RX_FILTERED counter; each collision
     * the line capture noted is narrated at the station whose attempt it was, as many as the
     * adapter's COLLISIONS counter; the page still arrives.
     */
    @Test
    void onAHubEveryStationHearsEveryFrameAndCollisionsAreNarratedWhereTheyHappen() throws Exception {
        TraceCommand.Result r = new TraceCommand()
                .run(new Demo.Options(
                        Medium.HUB,
                        SimLan.Build.PHY,
                        dir.resolve("hub"),
                        1,
                        0,
                        Demo.DEFAULT_PAGE_BYTES,
                        0,
                        lan -> new TraceRecorder(lan.clock())));
        assertTrue(r.demo().ok(), "the page arrived intact");
        Map<String, Map<NicRegisterMap.Counter, Long>> counters = Map.of(
                "client",
                r.demo().clientNic(),
                "server",
                r.demo().serverNic(),
                "chatty",
                r.demo().chattyNic());
        int waited = 0;
        long deferred = 0;
        for (Map.Entry<String, Map<NicRegisterMap.Counter, Long>> c : counters.entrySet()) {
            String host = c.getKey();
            long filtered = r.events().stream()
                    .filter(e -> e.host().equals(host) && e.text().contains("its address filter discards it"))
                    .count();
            long collisions = r.events().stream()
                    .filter(e -> e.host().equals(host) && e.text().startsWith("collision: its attempt met"))
                    .count();
            assertEquals(c.getValue().get(NicRegisterMap.Counter.RX_FILTERED), filtered, host + " RX_FILTERED");
            assertEquals(c.getValue().get(NicRegisterMap.Counter.COLLISIONS), collisions, host + " COLLISIONS");
            long deferrals = r.events().stream()
                    .filter(e -> e.host().equals(host) && e.text().startsWith("defers: its frame is ready"))
                    .count();
            assertEquals(c.getValue().get(NicRegisterMap.Counter.DEFERRALS), deferrals, host + " DEFERRALS");
            deferred += deferrals;
            waited += assertBackoffsDrawnAndWaited(r.events(), host, collisions);
        }
        assertTrue(waited > 0, "some backoffs drew slots to wait");
        assertTrue(deferred > 0, "some frames waited for the line");
        assertTrue(
                r.events().stream()
                        .anyMatch(e -> e.host().equals("chatty") && e.text().startsWith("hears client -> server")),
                "the chatty station hears the exchange and discards it");
    }

    /**
     * --story: each chapter begins at the event that first shows its mechanism, once, in the
     * story's order for the default run; chapters the run does not reach (a hub, loss) are left out.
     */
    @Test
    void theStoryModeTellsEachChapterOnceInTheStorysOrder() {
        int[] begins = StoryChapters.beginnings(run.events());
        List<String> told = new ArrayList<>();
        for (int i = 0; i < begins.length; i++) {
            if (begins[i] >= 0) {
                StoryChapters.Chapter c = StoryChapters.CHAPTERS.get(begins[i]);
                told.add(c.title());
                assertTrue(c.begins().test(run.events().get(i)), c.title());
            }
        }
        assertEquals(
                List.of(
                        "The adapters wake up",
                        "A name becomes an address",
                        "Who has that address?",
                        "Bits on the wire",
                        "Reception",
                        "A socket",
                        "A connection",
                        "The request",
                        "The page in segments",
                        "Closing"),
                told);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StoryChapters.print(run.events(), new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("  == 1. The adapters wake up =="), printed.substring(0, 300));
        assertTrue(printed.contains("  == 10. Closing =="));
        assertEquals(
                run.events().size() + 4 * told.size(),
                printed.lines().count(),
                "every event, and each chapter's four lines");
    }

    /** The FCS and line-decoding checks can fail: a frame altered after capture is reported as such. */
    @Test
    void aDamagedFrameIsReportedNotPassed() throws Exception {
        List<Pcapng.Packet> packets = Pcapng.read(run.demo().pcapng());
        Pcapng.Packet first = packets.get(0);
        byte[] bad = first.bytes().clone();
        bad[20] ^= 1;
        LineNarrator n = new LineNarrator(Map.of(MacAddress.parse("02:4a:4e:49:43:01"), "client"), true);
        String good = n.frames(List.of(first)).get(0).text();
        String damaged = n.frames(List.of(new Pcapng.Packet(first.nanos(), bad, "")))
                .get(0)
                .text();
        assertTrue(good.contains("java.util.zip.CRC32 agrees"), good);
        assertTrue(damaged.contains("NOT the CRC-32"), damaged);
        List<Pcapng.Packet> altered = new ArrayList<>();
        for (Pcapng.Packet p : packets) {
            byte[] b = p.bytes().clone();
            b[b.length - 1] ^= (byte) 0x80;
            altered.add(new Pcapng.Packet(p.nanos(), b, p.comment()));
        }
        List<TraceEvent> adapter =
                n.adapter(run.demo().vcd(), "NicPhy", run.demo().clockPeriodPs(), "client", altered);
        assertTrue(adapter.stream().anyMatch(e -> e.text().contains("DIFFER from the captured frame")));
        assertFalse(adapter.stream().anyMatch(e -> e.text().contains("equal the captured frame")));
    }

    /** The HTML view: loads in headless Chromium with every event drawn and no script error; else a structural check. */
    @Test
    void theHtmlViewLoads() throws Exception {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int events = run.events().size();
        assertEquals(
                events, Pattern.compile("\\{\"t\":").matcher(page).results().count(), "every event is embedded");
        assertFalse(
                page.matches("(?s).*(<link|\\ssrc=|\\shref=|@import).*"),
                "self-contained: nothing loaded from elsewhere");
        Path chromium = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(chromium)) {
            System.out.println("chromium is not installed: the HTML view was checked for structure only");
            return;
        }
        Process p = new ProcessBuilder(
                        chromium.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--dump-dom",
                        html.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
        assertTrue(body.find(), dom.length() > 500 ? dom.substring(0, 500) : dom);
        assertFalse(body.group(1).contains("data-error"), "no script error: " + body.group(1));
        assertTrue(body.group(1).contains("data-rendered=\"" + events + "\""), "every event drawn: " + body.group(1));
        assertEquals(
                events,
                Pattern.compile("<tr data-layer=").matcher(dom).results().count());
        for (TraceLayer layer :
                run.events().stream().map(TraceEvent::layer).distinct().toList()) {
            assertTrue(
                    dom.contains(
                            "data-layer-toggle=\"" + layer.name() + "\"><span class=\"dot " + layer.name() + "\">"),
                    "the legend shows the colour of " + layer + " beside its toggle");
        }

        // The host toggles collapse a host: the page checks itself when asked (#check-collapse).
        Process q = new ProcessBuilder(
                        chromium.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--dump-dom",
                        html.toUri() + "#check-collapse")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String checked = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(q.waitFor(120, TimeUnit.SECONDS));
        Matcher check = Pattern.compile("data-collapse-check=\"([^\"]*)\"").matcher(checked);
        assertTrue(check.find(), "the page ran its collapse check");
        for (String host : List.of("client", "server")) {
            long others =
                    run.events().stream().filter(e -> !e.host().equals(host)).count();
            assertTrue(
                    (" " + check.group(1) + " ").contains(" " + host + "=" + others + " "),
                    "collapsing " + host + " leaves the other hosts' " + others + " rows: " + check.group(1));
        }
    }

    /** With no --medium, the trace tells the story across the seed's network (TopologyTraceTest checks what it says). */
    @Test
    void byDefaultTheTraceCrossesTheSeedsNetwork() throws Exception {
        Path out = dir.resolve("default");
        assertEquals(0, Jnic.run("trace", "--out", out.toString()));
        for (String wire : List.of("office-hub", "backbone", "server-switch-server")) {
            assertTrue(Files.size(out.resolve(wire + ".pcapng")) > 0, wire + " captured");
        }
        assertFalse(Files.exists(out.resolve("trace.pcapng")), "not the two-host run");
    }

    @Test
    void badArgumentsExitNonZero() {
        assertEquals(2, Jnic.run("trace", "--vcd-cycles", "-5"));
        assertEquals(2, Jnic.run("trace", "--build", "asic"));
        assertEquals(2, Jnic.run("trace", "--ber", "0.5"));
        assertEquals(2, Jnic.run("trace", "--page-size", "0"));
        assertEquals(2, Jnic.run("trace", "--topology", "no-such-topology.json"));
        assertEquals(2, Jnic.run("trace", "--voice", "--voice-packets", "0"));
        assertEquals(2, Jnic.run("trace", "--voice", "--topology", "seed"));
        assertEquals(2, Jnic.run("demo", "--ber", "-1"));
    }
}
