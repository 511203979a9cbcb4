package jnic.stack.icmp;

import jnic.net.wire.Ipv4Address;

/** One answered echo request: who answered, which one, its size and TTL, and the round trip on the host's clock. */
public record EchoReply(Ipv4Address from, int sequence, int dataLength, int ttl, long rttNanos) {}
