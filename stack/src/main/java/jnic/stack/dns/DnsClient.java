package jnic.stack.dns;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import jnic.driver.time.EventLoop;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.DnsMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Parsed;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.udp.UdpSocket;

/**
 * A stub resolver for A records over UDP (RFC 1035 section 7, RFC 1123 section 6.1.3.1): one
 * server, a timeout per try and a number of tries. Each lookup uses its own ephemeral port and a
 * random ID, and accepts only a response from the server's port 53 with that ID and the same
 * question (RFC 5452); anything else is counted and ignored.
 */
public final class DnsClient {
    public static final int PORT = 53;

    private final Host host;
    private final Ipv4Address server;
    private final Duration timeout;
    private final int tries;
    private final Random random;
    private final AtomicLong ignoredResponses = new AtomicLong();

    /** glibc's defaults are 5 s and 2 tries; a LAN answers in microseconds, so 2 s and 3 tries. */
    public DnsClient(Host host, Ipv4Address server) {
        this(
                host,
                server,
                Duration.ofSeconds(2),
                3,
                new java.security.SecureRandom()); // RFC 5452: IDs an off-path attacker cannot guess
    }

    public DnsClient(Host host, Ipv4Address server, Duration timeout, int tries, Random random) {
        if (tries < 1) {
            throw new IllegalArgumentException("at least one try, not " + tries);
        }
        this.host = host;
        this.server = server;
        this.timeout = timeout;
        this.tries = tries;
        this.random = random;
    }

    /** Responses dropped because port, ID or question did not match, or they were malformed. */
    public long ignoredResponses() {
        return ignoredResponses.get();
    }

    /**
     * The addresses of {@code name}: completes with them (following a CNAME in the answer), or
     * fails with {@link DnsException} (NXDOMAIN, another RCODE, truncation) or {@link SocketError}
     * (ETIMEDOUT after every try, ECONNREFUSED when the server's port is closed).
     */
    public CompletableFuture<List<Ipv4Address>> resolve(String name) {
        CompletableFuture<List<Ipv4Address>> result = new CompletableFuture<>();
        DnsMessage.Question question;
        try {
            question = DnsMessage.query(0, name, DnsMessage.TYPE_A).questions().get(0);
        } catch (IllegalArgumentException e) {
            result.completeExceptionally(e);
            return result;
        }
        host.onLoop(() -> {
            try {
                new Lookup(question, result, host.udp().open(0)).attempt();
            } catch (SocketError e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private final class Lookup {
        final DnsMessage.Question question;
        final CompletableFuture<List<Ipv4Address>> result;
        final UdpSocket socket;
        int attempts;
        int id;
        EventLoop.Timer timer;

        Lookup(DnsMessage.Question question, CompletableFuture<List<Ipv4Address>> result, UdpSocket socket) {
            this.question = question;
            this.result = result;
            this.socket = socket;
            result.whenComplete((r, e) -> socket.close());
            receive();
        }

        void attempt() {
            attempts++;
            id = random.nextInt(0x10000);
            if (host.tracer().enabled()) {
                host.tracer()
                        .event(
                                TraceLayer.DNS,
                                String.format(
                                        "query id 0x%04X: A record of %s? to %s:%d (try %d of %d)",
                                        id, question.name(), server, PORT, attempts, tries));
            }
            try {
                socket.sendTo(
                        DnsMessage.query(id, question.name(), DnsMessage.TYPE_A).toBytes(), server, PORT);
            } catch (SocketError e) {
                result.completeExceptionally(e);
                return;
            }
            timer = host.loop().schedule(timeout.toNanos(), this::timedOut);
        }

        void timedOut() {
            if (result.isDone()) {
                return;
            }
            SocketError refused = socket.pendingError();
            if (refused != null) {
                result.completeExceptionally(refused);
            } else if (attempts < tries) {
                attempt();
            } else {
                result.completeExceptionally(new SocketError(
                        Errno.ETIMEDOUT,
                        "no DNS answer for " + question.name() + " from " + server + " after " + tries + " tries of "
                                + timeout.toMillis() + " ms"));
            }
        }

        void receive() {
            socket.receiveAsync().thenAccept(d -> {
                if (!result.isDone()) {
                    onDatagram(d);
                    receive();
                }
            });
        }

        void onDatagram(UdpSocket.Datagram d) {
            Parsed<DnsMessage> parsed = DnsMessage.parse(ByteBuffer.wrap(d.data()));
            if (!d.source().equals(server)
                    || d.sourcePort() != PORT
                    || !parsed.isOk()
                    || parsed.value().id() != id
                    || !parsed.value().isResponse()
                    || !parsed.value().questions().equals(List.of(question))) {
                ignoredResponses.incrementAndGet();
                return;
            }
            timer.cancel();
            DnsMessage m = parsed.value();
            if ((m.flags() & DnsMessage.FLAG_TRUNCATED) != 0) {
                result.completeExceptionally(new DnsException(
                        -1, "the answer for " + question.name() + " was truncated (DNS over TCP is not supported)"));
            } else if (m.rcode() != DnsMessage.RCODE_NO_ERROR) {
                result.completeExceptionally(new DnsException(
                        m.rcode(),
                        (m.rcode() == DnsMessage.RCODE_NAME_ERROR ? "NXDOMAIN: " : "RCODE " + m.rcode() + ": ")
                                + question.name() + " (server " + server + ")"));
            } else {
                List<Ipv4Address> found = addresses(m);
                if (host.tracer().enabled()) {
                    host.tracer()
                            .event(
                                    TraceLayer.DNS,
                                    String.format("answer id 0x%04X: %s is %s", id, question.name(), found));
                }
                result.complete(found);
            }
        }

        /** The A records of the name asked for, or of what it is a CNAME of. */
        List<Ipv4Address> addresses(DnsMessage m) {
            String target = question.name();
            for (DnsMessage.ResourceRecord r : m.answers()) {
                if (r.name().equals(target) && r.canonicalName() != null) {
                    target = r.canonicalName();
                }
            }
            List<Ipv4Address> found = new ArrayList<>();
            for (DnsMessage.ResourceRecord r : m.answers()) {
                if (r.type() == DnsMessage.TYPE_A
                        && r.rclass() == DnsMessage.CLASS_IN
                        && r.name().equals(target)
                        && r.address() != null) {
                    found.add(r.address());
                }
            }
            return found;
        }
    }
}
