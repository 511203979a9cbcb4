package jnic.net.wire;

/**
 * Why a parser refused its input. Receive paths count drops by this reason and go on; nothing
 * malformed ever becomes an exception on a receive thread.
 */
public enum Malformed {
    /** Fewer bytes than the fixed header, or than a length field says. */
    TRUNCATED,
    /** A length field smaller than its header or larger than the buffer. */
    BAD_LENGTH,
    /** An IP version other than 4. */
    BAD_VERSION,
    /** An Internet checksum (RFC 1071) that does not verify. */
    BAD_CHECKSUM,
    /** A hardware or protocol type this stack does not speak (ARP for anything but Ethernet/IPv4). */
    UNSUPPORTED,
    /** Options whose lengths run past the header, or a field with a value the RFC forbids. */
    BAD_FIELD
}
