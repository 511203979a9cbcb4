package jnic.net.wire;

/**
 * The EtherTypes jnic speaks (IEEE 802.3 clause 3.2.6: a type/length field of 0x0600 or more is a
 * type; the values are IEEE's registry, as IANA lists them).
 */
public final class EtherType {
    /** The smallest value that is a type, not an IEEE 802.3 length. */
    public static final int MIN_TYPE = 0x0600;

    public static final int IPV4 = 0x0800;
    public static final int ARP = 0x0806;

    private EtherType() {}

    /** A short name for traces: "IPv4", "ARP", else the value in hex. */
    public static String name(int etherType) {
        return switch (etherType) {
            case IPV4 -> "IPv4";
            case ARP -> "ARP";
            default -> String.format("0x%04X", etherType);
        };
    }
}
