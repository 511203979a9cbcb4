package jnic.net.wire;

/** An address block, "10.0.0.0/24": the first {@code length} bits of {@code address}. */
public record Ipv4Prefix(Ipv4Address address, int length) {
    public static final Ipv4Prefix DEFAULT = new Ipv4Prefix(Ipv4Address.ANY, 0);

    public Ipv4Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("a prefix length is 0 to 32, not " + length);
        }
        address = new Ipv4Address(address.value() & mask(length));
    }

    /** Parses "A.B.C.D/N"; an interface address keeps its host bits in {@link #parseHost}. */
    public static Ipv4Prefix parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a prefix (A.B.C.D/N)");
        }
        return new Ipv4Prefix(Ipv4Address.parse(text.substring(0, slash)), parseLength(text, slash));
    }

    static int parseLength(String text, int slash) {
        String n = text.substring(slash + 1);
        if (n.isEmpty() || n.length() > 2 || !n.chars().allMatch(Character::isDigit) || Integer.parseInt(n) > 32) {
            throw new IllegalArgumentException("'" + text + "': the prefix length must be 0 to 32");
        }
        return Integer.parseInt(n);
    }

    public static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    public boolean contains(Ipv4Address a) {
        return (a.value() & mask(length)) == address.value();
    }

    /** The directed broadcast address of the block (all host bits set). */
    public Ipv4Address broadcast() {
        return new Ipv4Address(address.value() | ~mask(length));
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
