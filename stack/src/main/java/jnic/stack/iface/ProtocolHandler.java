package jnic.stack.iface;

import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;

/** A transport protocol over IPv4 (ICMP, UDP, TCP): gets its datagrams, whole, on the host's loop. */
public interface ProtocolHandler {
    /**
     * A datagram for this protocol addressed to this host. {@code broadcast} says it came to a
     * broadcast address (link or IP), to which no ICMP error may answer (RFC 1122 section 3.2.2).
     */
    void receive(Ipv4Packet packet, boolean broadcast);

    /**
     * An ICMP error about a datagram this host sent with this protocol, from {@code reporter} (the
     * router or host that sent the error); {@code quoted} is the datagram's header and the first
     * bytes of its payload (at least 8, RFC 792).
     */
    default void icmpError(IcmpMessage error, Ipv4Address reporter, Ipv4Packet quoted) {}

    /**
     * The burst of frames the loop was handling is over (see {@link Ipv4#receiveBurst}): what the
     * protocol deferred to it happens now (TCP's one ACK per connection per burst).
     */
    default void endOfReceiveBurst() {}
}
