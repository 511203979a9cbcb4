package jnic.stack.iface;

import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Prefix;

/** An interface's address and the length of its subnet's prefix, "10.0.0.2/24". */
public record InterfaceAddress(Ipv4Address address, int prefixLength) {
    public InterfaceAddress {
        new Ipv4Prefix(address, prefixLength); // checks the length
        if (address.isAny() || address.isLimitedBroadcast() || address.isMulticast()) {
            throw new IllegalArgumentException(address + " cannot be an interface's address");
        }
    }

    public static InterfaceAddress parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an interface address (A.B.C.D/N)");
        }
        Ipv4Prefix p = Ipv4Prefix.parse(text);
        return new InterfaceAddress(Ipv4Address.parse(text.substring(0, slash)), p.length());
    }

    public Ipv4Prefix subnet() {
        return new Ipv4Prefix(address, prefixLength);
    }

    /** The subnet's directed broadcast, or null for /31 and /32 which have none (RFC 3021). */
    public Ipv4Address broadcast() {
        return prefixLength >= 31 ? null : subnet().broadcast();
    }

    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
