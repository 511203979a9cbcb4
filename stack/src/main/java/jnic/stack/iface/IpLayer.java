package jnic.stack.iface;

import jnic.driver.time.EventLoop;
import jnic.driver.trace.Tracer;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.stack.SocketError;

/**
 * What a transport protocol (ICMP, UDP, TCP) sees of the host below it: the loop and its clock,
 * the counters and the tracer, addressing and routing answers, and datagram output. It is the
 * whole of a transport's view; a transport never sees the host that assembles it (as smoltcp's
 * sockets see only the {@code Context} an interface lends them). {@link Ipv4} implements it.
 *
 * <p>Every method is for the host's event loop unless it says otherwise.
 */
public interface IpLayer {
    /** The host's name, for messages. Any thread. */
    String hostName();

    /** The loop all of the host's protocol state belongs to. Any thread. */
    EventLoop loop();

    /** The loop's time, nanoseconds. */
    default long now() {
        return loop().clock().nanos();
    }

    /** Runs {@code task} now when on the loop, else posts it there. Any thread. */
    default void onLoop(Runnable task) {
        if (loop().inLoop()) {
            task.run();
        } else {
            loop().execute(task);
        }
    }

    /** The host's counters. Any thread. */
    Counters counters();

    /** Where the layers narrate what they do ({@link Tracer#OFF} when nobody listens). Any thread. */
    Tracer tracer();

    /** Datagrams to {@code protocol} go to {@code handler}. */
    void register(int protocol, ProtocolHandler handler);

    /** The handler registered for {@code protocol}, or null: where an ICMP error about a datagram we sent goes. */
    ProtocolHandler handler(int protocol);

    /** The TTL of datagrams the host makes. */
    int defaultTtl();

    /** Whether {@code a} is one of the host's addresses, or loopback. Any thread. */
    boolean isLocal(Ipv4Address a);

    /** The limited broadcast or one of the host's subnets' directed broadcasts. Any thread. */
    boolean isBroadcast(Ipv4Address a);

    /** The source address a datagram to {@code destination} gets; ENETUNREACH when there is no route. Any thread. */
    Ipv4Address sourceFor(Ipv4Address destination) throws SocketError;

    /** The MTU of the interface a datagram to {@code destination} leaves by (576 when there is no route, RFC 791). Any thread. */
    int mtuTowards(Ipv4Address destination);

    /** A fresh datagram identification (RFC 6864). */
    int nextIdentification();

    /** Sends a datagram the host made: to itself, or by the routing table (fragmented to the MTU). */
    void send(Ipv4Packet datagram);

    /**
     * The longest TCP datagram towards {@code destination} that the outgoing device cuts into
     * segments itself (TCP segmentation offload), 0 when it cannot.
     */
    int segmentationOffloadTowards(Ipv4Address destination);

    /**
     * Hands a TCP datagram longer than the MTU, its checksum field holding the pseudo-header's
     * partial sum, to the outgoing device to cut into segments of {@code segmentSize} data bytes.
     * False, with nothing sent, when that cannot be done now: the caller then cuts it itself.
     */
    boolean sendSegmented(Ipv4Packet datagram, int segmentSize);

    /**
     * Sends an ICMP error about {@code original} to its source, unless RFC 1122 section 3.2.2
     * forbids one or the rate limits of RFC 1812 section 4.3.2.8 hold it back (see {@link IcmpErrors}).
     */
    void sendIcmpError(Ipv4Packet original, int type, int code, int restOfHeader);

    /** Whether the loop is handling a burst of received frames now (TCP defers its ACKs to the burst's end). */
    boolean inReceiveBurst();
}
