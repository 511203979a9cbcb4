package jnic.sweep;

import java.io.ByteArrayOutputStream;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.net.wire.Checksum;
import jnic.net.wire.MacAddress;
import jnic.net.wire.Malformed;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;

/**
 * One seed of the stack's hostile scenario ({@code scenario = hostile}): on an in-memory LAN that
 * loses {@code frame_loss} of its frames (and duplicates and reorders half as many), a client host
 * sends a server host {@link #TRANSFER_BYTES} over TCP while a neighbour sends the server
 * {@link #HOSTILE_FRAMES} hostile frames: ARP, ICMP, UDP, TCP and IPv4 fragments with bytes changed,
 * cut short or lengthened and checksums made right again half the time, and frames of random
 * bytes; none claims the client's or the server's address, so the hosts' traffic is not forged
 * (ARP spoofing moves an address on any host), only malformed and stray frames come.
 * The hostile frames come while the transfer runs. The run passes when every byte arrives intact
 * and in order within {@code duration_ms} of simulated time, no task on the loop failed, no frame
 * made the server's receive path throw, and the server still answers the client's ping once the
 * hostile frames' timers have run out.
 * Anything else is the run's error, with its seed, to replay.
 *
 * <p>Its row: {@code offered} the hostile frames sent (the LAN loses some of them too), {@code transmitted} the bytes the client
 * sent, {@code delivered} the bytes that arrived intact, {@code throughput_mbps} the transfer's
 * goodput in simulated time, {@code delay_*} its duration in microseconds, {@code fcs_errors}
 * the frames the server counted as malformed.
 */
final class HostileRun {
    static final int TRANSFER_BYTES = 128 * 1024;
    static final int HOSTILE_FRAMES = 400;
    private static final MacAddress SERVER_MAC = MacAddress.parse("02:00:00:00:00:01");
    private static final MacAddress CLIENT_MAC = MacAddress.parse("02:00:00:00:00:02");
    private static final MacAddress NEIGHBOUR_MAC = MacAddress.parse("02:00:00:00:00:03");
    private static final int PORT = 80;
    /**
     * The hostile frames come in the first simulated millisecond, which the transfer outlasts
     * (1.1 ms without loss, the handshake included).
     */
    private static final long HOSTILE_SPAN_NANOS = 1_000_000;
    /** Then 40 simulated s for what they started to end: reassembly (30 s), ARP's tries. */
    private static final long AFTERMATH_NANOS = 40_000_000_000L;
    /** Pings tried afterwards: all 8 lost at 10 % frame loss is a chance of about 2 in a million. */
    private static final int PINGS = 8;

    private HostileRun() {}

    static RunResult measure(RunSpec s, long wallLimitNanos, ThreadMXBean threads, long cpuStart) throws Exception {
        if (!(s.frameLoss() >= 0 && s.frameLoss() < 1) || !(s.durationMs() > 0)) {
            throw new IllegalArgumentException("frame_loss is in [0, 1) and duration_ms above 0");
        }
        SplittableRandom random = new SplittableRandom(s.seed());
        SplittableRandom hostile = random.split();
        LoopbackLan lan = new LoopbackLan(100_000);
        double loss = s.frameLoss();
        LoopbackHub hub = lan.hub(new LoopbackHub.Impairments(loss, loss / 2, loss / 2), random.nextLong());
        Host server = new Host("server", lan, HostConfig.DEFAULT.withSeed(random.nextLong()));
        LoopbackDevice serverPort = hub.attach("server", SERVER_MAC);
        server.attach(serverPort, InterfaceAddress.parse("10.0.0.1/24"));
        Host client = new Host("client", lan, HostConfig.DEFAULT.withSeed(random.nextLong()));
        client.attach(hub.attach("client", CLIENT_MAC), InterfaceAddress.parse("10.0.0.2/24"));
        LoopbackDevice neighbour = hub.attach("neighbour", NEIGHBOUR_MAC);
        server.udp().open(53);

        byte[] data = new byte[TRANSFER_BYTES];
        random.nextBytes(data);
        TcpListener listener = server.tcp().listen(PORT, 4);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        CompletableFuture<Void> arrived = new CompletableFuture<>();
        long start = lan.clock().nanos();
        long[] finished = {-1};
        acceptClient(listener, client, received, arrived, lan, finished);
        client.tcp().connect(server.address(), PORT).whenComplete((sock, e) -> {
            if (sock != null) {
                sock.writeAsync(data, 0, data.length).whenComplete((v, w) -> sock.close());
            }
        });
        int[] sent = {0};
        for (int i = 0; i < HOSTILE_FRAMES; i++) {
            byte[] frame = hostileFrame(hostile);
            lan.schedule(hostile.nextLong(HOSTILE_SPAN_NANOS), () -> {
                sent[0]++;
                try {
                    neighbour.send(frame);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        long end = start + (long) (s.durationMs() * 1e6);
        long wallDeadline = System.nanoTime() + wallLimitNanos;
        while (!arrived.isDone() && lan.clock().nanos() < end) {
            lan.runFor(Math.min(10_000_000, end - lan.clock().nanos()));
            if (System.nanoTime() > wallDeadline) {
                throw new TimeoutException("the run took more than " + wallLimitNanos / 1e9 + " s of wall time at "
                        + (lan.clock().nanos() - start) / 1e6 + " simulated ms");
            }
        }
        boolean inTime = arrived.isDone();
        int byDeadline = received.size();
        lan.runUntil(() -> sent[0] == HOSTILE_FRAMES, HOSTILE_SPAN_NANOS); // those after the transfer
        lan.runFor(AFTERMATH_NANOS); // their timers: reassembly, ARP
        boolean answered = false;
        for (int i = 0; i < PINGS && !answered; i++) { // the LAN may lose a ping or its answer
            CompletableFuture<?> ping = client.icmp().echo(server.address(), 56, Duration.ofSeconds(1));
            lan.runUntil(ping::isDone, 2_000_000_000L);
            answered = ping.isDone() && !ping.isCompletedExceptionally();
        }

        byte[] got = received.toByteArray();
        String error = null;
        if (!inTime) {
            error = "the transfer had " + byDeadline + " of " + data.length + " bytes after " + s.durationMs()
                    + " simulated ms";
        } else if (arrived.isCompletedExceptionally()) {
            error = "the transfer failed: " + arrived.handle((v, e) -> e).join();
        } else if (!Arrays.equals(got, data)) {
            error = "the bytes differ from offset " + Arrays.mismatch(got, data) + " (" + got.length + " of "
                    + data.length + " arrived)";
        } else if (lan.failedTasks() > 0) {
            error = lan.failedTasks() + " tasks on the loop failed (see the log)";
        } else if (serverPort.statistics().rxDropped() > 0) {
            // the receive path turns a handler's exception into a dropped frame, logged
            error = serverPort.statistics().rxDropped() + " frames made the server's receive path throw (see the log)";
        } else if (!answered) {
            error = "the server answered none of " + PINGS + " pings afterwards";
        }
        long malformed = 0;
        for (Malformed m : Malformed.values()) {
            malformed += server.counters().get(m);
        }
        double seconds = finished[0] > start ? (finished[0] - start) / 1e9 : Double.NaN;
        boolean ok = error == null;
        double micros = ok ? seconds * 1e6 : 0;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        server.close();
        client.close();
        return new RunResult(
                s,
                sent[0],
                0,
                data.length,
                intact(inTime ? got : Arrays.copyOf(got, byDeadline), data),
                ok ? 8.0 * data.length / seconds / 1e6 : 0,
                micros,
                micros,
                micros,
                0,
                malformed,
                1,
                cpu,
                error == null ? null : "seed " + s.seed() + ": " + error);
    }

    /**
     * Accepts until the connection is the client's (a hostile ACK that happened to complete a
     * handshake is not the transfer), then reads it.
     */
    private static void acceptClient(
            TcpListener listener,
            Host client,
            ByteArrayOutputStream received,
            CompletableFuture<Void> arrived,
            LoopbackLan lan,
            long[] finished) {
        listener.acceptAsync().whenComplete((sock, e) -> {
            if (e != null) {
                arrived.completeExceptionally(e);
            } else if (!sock.remoteAddress().equals(client.address())) {
                sock.abort();
                acceptClient(listener, client, received, arrived, lan, finished);
            } else {
                readAll(sock, received, arrived, lan, finished);
            }
        });
    }

    /** How many leading bytes arrived intact. */
    private static int intact(byte[] got, byte[] data) {
        int m = Arrays.mismatch(got, data);
        return m < 0 ? got.length : Math.min(m, got.length);
    }

    /** Reads {@code s} to its end into {@code into}; on the loop. */
    private static void readAll(
            TcpSocket s, ByteArrayOutputStream into, CompletableFuture<Void> done, LoopbackLan lan, long[] finished) {
        byte[] buffer = new byte[16 * 1024];
        s.readAsync(buffer, 0, buffer.length).whenComplete((n, e) -> {
            if (e != null) {
                done.completeExceptionally(e);
            } else if (n < 0) {
                finished[0] = lan.clock().nanos();
                s.close();
                done.complete(null);
            } else {
                into.write(buffer, 0, n);
                readAll(s, into, done, lan, finished);
            }
        });
    }

    /** A frame for the server: a valid one of some protocol, then changed; or random bytes. */
    static byte[] hostileFrame(SplittableRandom r) {
        int kind = r.nextInt(10);
        byte[] frame;
        if (kind == 0) {
            frame = new byte[14 + r.nextInt(1500)];
            r.nextBytes(frame);
            SERVER_MAC.copyTo(frame, 0);
            notTheHosts(frame, r);
            return frame;
        }
        if (kind == 1) {
            frame = new byte[14 + 28];
            ethernet(frame, r.nextBoolean() ? MacAddress.BROADCAST : SERVER_MAC, 0x0806);
            ByteBuffer arp = ByteBuffer.wrap(frame, 14, 28).slice();
            arp.putShort(0, (short) 1)
                    .putShort(2, (short) 0x0800)
                    .put(4, (byte) 6)
                    .put(5, (byte) 4);
            arp.putShort(6, (short) (1 + r.nextInt(2)));
            NEIGHBOUR_MAC.copyTo(frame, 14 + 8);
            byte[] sender = spoofed(r);
            System.arraycopy(sender, 0, frame, 14 + 14, 4);
            System.arraycopy(new byte[] {10, 0, 0, 1}, 0, frame, 14 + 24, 4);
        } else {
            int protocol = switch (kind) {
                case 2, 3 -> 1; // ICMP
                case 4, 5 -> 17; // UDP
                default -> 6; // TCP
            };
            int payload = r.nextInt(1 + r.nextInt(1400));
            int transport = protocol == 6 ? 20 : 8;
            frame = new byte[14 + 20 + transport + payload];
            r.nextBytes(frame); // everything after the headers set below stays random
            ethernet(frame, SERVER_MAC, 0x0800);
            ByteBuffer ip = ByteBuffer.wrap(frame, 14, frame.length - 14).slice();
            ip.put(0, (byte) 0x45).put(1, (byte) 0);
            ip.putShort(2, (short) (frame.length - 14));
            ip.putShort(4, (short) r.nextInt(1 << 16));
            int fragment = r.nextInt(4) == 0 ? r.nextInt(1 << 13) | (r.nextBoolean() ? 0x2000 : 0) : 0;
            ip.putShort(6, (short) fragment);
            ip.put(8, (byte) (1 + r.nextInt(255))).put(9, (byte) protocol);
            ip.put(12, spoofed(r)).put(16, new byte[] {10, 0, 0, 1});
            if (protocol == 6) {
                ip.putShort(22, (short) (r.nextBoolean() ? PORT : r.nextInt(1 << 16)));
                ip.put(32, (byte) ((5 + r.nextInt(11)) << 4)); // data offset, maybe with options
            } else if (protocol == 17) {
                ip.putShort(22, (short) (r.nextBoolean() ? 53 : r.nextInt(1 << 16)));
                ip.putShort(24, (short) (8 + payload));
                ip.putShort(26, (short) 0); // no checksum: the datagram gets to the socket
            }
        }
        frame = mutate(frame, r);
        notTheHosts(frame, r);
        if (r.nextBoolean() && frame.length >= 34 && (frame[14] & 0xF0) == 0x40) {
            int ihl = (frame[14] & 0xF) * 4;
            if (ihl >= 20 && 14 + ihl <= frame.length) {
                ByteBuffer ip = ByteBuffer.wrap(frame, 14, frame.length - 14).slice();
                ip.putShort(10, (short) 0);
                ip.putShort(10, (short) Checksum.of(ip, 0, ihl)); // past the checksum, to the deeper code
            }
        }
        return frame;
    }

    /**
     * Makes sure a changed frame does not claim the server's or the client's address as its
     * sender (ARP) or source (IPv4): that would be ARP spoofing, or a forged segment of the
     * connection, which no host can tell from the real thing (an ARP reply or announcement for an
     * address moves it, RFC 826 and RFC 5227, on Linux as on jnic), not a malformed frame.
     */
    static void notTheHosts(byte[] frame, SplittableRandom r) {
        int etherType = frame.length >= 14 ? (frame[12] & 0xFF) << 8 | frame[13] & 0xFF : -1;
        int sender = etherType == 0x0806 ? 14 + 14 : etherType == 0x0800 ? 14 + 12 : -1;
        if (sender >= 0
                && sender + 4 <= frame.length
                && frame[sender] == 10
                && frame[sender + 1] == 0
                && frame[sender + 2] == 0
                && (frame[sender + 3] == 1 || frame[sender + 3] == 2)) {
            frame[sender + 3] = (byte) (3 + r.nextInt(250));
        }
    }

    /** A source address on the LAN that is neither the server's nor the client's. */
    private static byte[] spoofed(SplittableRandom r) {
        return new byte[] {10, 0, 0, (byte) (3 + r.nextInt(250))};
    }

    private static void ethernet(byte[] frame, MacAddress to, int etherType) {
        to.copyTo(frame, 0);
        NEIGHBOUR_MAC.copyTo(frame, 6);
        frame[12] = (byte) (etherType >> 8);
        frame[13] = (byte) etherType;
    }

    /** Some bytes changed, or the frame cut short or lengthened (its headers keep what they say). */
    private static byte[] mutate(byte[] frame, SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0 -> {
                int flips = 1 + r.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int at = 14 + r.nextInt(Math.max(1, frame.length - 14));
                    if (at < frame.length) {
                        frame[at] ^= (byte) (1 + r.nextInt(255));
                    }
                }
                return frame;
            }
            case 1 -> {
                return Arrays.copyOf(frame, 14 + r.nextInt(frame.length - 13));
            }
            case 2 -> {
                byte[] longer = Arrays.copyOf(frame, Math.min(1514, frame.length + 1 + r.nextInt(64)));
                for (int i = frame.length; i < longer.length; i++) {
                    longer[i] = (byte) r.nextInt(256);
                }
                return longer;
            }
            default -> {
                return frame; // as made
            }
        }
    }
}
