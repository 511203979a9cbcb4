package jnic.stack.iface;

import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Prefix;

/**
 * One row of the routing table: packets for {@code destination} leave by {@code iface}, to
 * {@code gateway} or, when it is null, straight to their destination on the link.
 */
public record Route(Ipv4Prefix destination, Ipv4Address gateway, IpInterface iface) {
    /** Where a packet for {@code target} goes next on the link. */
    public Ipv4Address nextHop(Ipv4Address target) {
        return gateway == null ? target : gateway;
    }

    @Override
    public String toString() {
        return destination + (gateway == null ? " dev " : " via " + gateway + " dev ") + iface.name();
    }
}
