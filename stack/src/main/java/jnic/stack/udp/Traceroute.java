package jnic.stack.udp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jnic.driver.time.EventLoop;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.stack.SocketError;

/**
 * The path to a host, as the classic {@code traceroute} finds it (Van Jacobson's method, RFC 1393's
 * background): UDP probes to an unlikely port with TTL 1, 2, 3, ...; the router where a probe's TTL
 * runs out answers with ICMP time exceeded (RFC 792, RFC 1812 section 5.3.1), naming itself as the
 * error's source; the destination answers the probe that reaches it with port unreachable. One
 * probe per hop, sent when the one before has been answered or has timed out.
 */
public final class Traceroute {
    /** The first destination port, as traceroute's: 33434 + hop - 1. */
    public static final int BASE_PORT = 33434;

    /**
     * One hop: its TTL, who answered (null if nobody did within the timeout), the round trip, and
     * whether that was the destination itself (port unreachable) rather than a router on the way.
     */
    public record Hop(int ttl, Ipv4Address from, long rttNanos, boolean destination) {
        @Override
        public String toString() {
            return from == null
                    ? ttl + "  *"
                    : String.format(java.util.Locale.ROOT, "%d  %s  %.3f ms", ttl, from, rttNanos / 1e6);
        }
    }

    private final Udp udp;
    private final EventLoop loop;
    private final Ipv4Address target;
    private final int maxHops;
    private final long timeoutNanos;
    private final List<Hop> hops = new ArrayList<>();
    private final CompletableFuture<List<Hop>> result = new CompletableFuture<>();
    private UdpSocket socket;
    private EventLoop.Timer timer;
    private int ttl;
    private long sentAt;

    private Traceroute(Udp udp, EventLoop loop, Ipv4Address target, int maxHops, Duration timeout) {
        this.udp = udp;
        this.loop = loop;
        this.target = target;
        this.maxHops = maxHops;
        this.timeoutNanos = timeout.toNanos();
    }

    /**
     * Probes the path from {@code udp}'s host to {@code target}, at most {@code maxHops} hops,
     * waiting {@code timeout} for each answer. Completes with the hops in order, ending with the
     * destination when it answered; fails with the socket's error (no route, say).
     */
    public static CompletableFuture<List<Hop>> run(
            Udp udp, EventLoop loop, Ipv4Address target, int maxHops, Duration timeout) {
        if (maxHops < 1 || maxHops > 255 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("traceroute takes 1 to 255 hops and a positive timeout");
        }
        Traceroute t = new Traceroute(udp, loop, target, maxHops, timeout);
        loop.execute(t::start);
        return t.result;
    }

    private void start() {
        try {
            socket = udp.open(0);
        } catch (SocketError e) {
            result.completeExceptionally(e);
            return;
        }
        socket.icmpReports(this::report);
        next();
    }

    private void next() {
        if (++ttl > maxHops) {
            finish();
            return;
        }
        socket.takePendingError(); // the last probe's error was read through its report
        socket.ttl(ttl);
        sentAt = loop.clock().nanos();
        try {
            socket.sendTo(new byte[32], target, BASE_PORT + ttl - 1);
        } catch (SocketError e) {
            socket.close();
            result.completeExceptionally(e);
            return;
        }
        int probe = ttl;
        timer = loop.schedule(timeoutNanos, () -> {
            if (probe == ttl) {
                hops.add(new Hop(ttl, null, -1, false));
                next();
            }
        });
    }

    private void report(UdpSocket.IcmpReport r) {
        if (result.isDone()
                || r.destinationPort() != BASE_PORT + ttl - 1
                || !r.destination().equals(target)) {
            return; // late, for an earlier probe
        }
        timer.cancel();
        boolean reached = r.type() == IcmpMessage.DESTINATION_UNREACHABLE;
        hops.add(new Hop(
                ttl, r.reporter(), r.at() - sentAt, reached && r.reporter().equals(target)));
        if (reached) {
            finish(); // the destination, or a router that cannot go on: the path ends here
        } else {
            next();
        }
    }

    private void finish() {
        socket.close();
        result.complete(List.copyOf(hops));
    }
}
