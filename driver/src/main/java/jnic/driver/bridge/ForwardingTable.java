package jnic.driver.bridge;

import java.util.HashMap;
import java.util.Map;
import jnic.net.wire.MacAddress;

/**
 * The filtering database of a transparent bridge (IEEE 802.1D clause 7.8, 7.9): where each
 * station address was last seen as a source, and what that says about a frame's destination.
 *
 * <ul>
 *   <li>A frame's individual source address is learned on the port it came in on (a group address
 *       is never a source, clause 7.8); the entry's age restarts with every frame.</li>
 *   <li>A destination that is a group address (broadcast, multicast), or that is not in the table,
 *       or whose entry is older than the ageing time (clause 7.9.2, 300 s by default), is flooded
 *       to every port but the one the frame came in on.</li>
 *   <li>A frame to a group address reserved for link protocols (01-80-C2-00-00-00 to -0F: BPDUs,
 *       PAUSE, LACP, LLDP) is never relayed (clause 7.12.6).</li>
 *   <li>A known destination on the port the frame came in on is filtered (the station already
 *       heard it there); else the frame goes to that one port.</li>
 * </ul>
 *
 * The table holds at most {@code capacity} addresses; a new address that finds it full is not
 * learned (its frames are flooded), as a full hardware table does, and counted.
 */
public final class ForwardingTable {
    /** Where a frame goes: flood (every other port), one port, or nowhere (filtered). */
    public record Decision(Kind kind, int port) {
        public enum Kind {
            FLOOD,
            FORWARD,
            FILTER
        }

        static final Decision FLOOD = new Decision(Kind.FLOOD, -1);
        static final Decision FILTER = new Decision(Kind.FILTER, -1);
    }

    private record Entry(int port, long seenAt) {}

    private final long ageingNanos;
    private final int capacity;
    private final Map<MacAddress, Entry> entries = new HashMap<>();
    private long notLearned;

    /** A table whose entries live {@code ageingNanos} after the last frame from their address. */
    public ForwardingTable(long ageingNanos, int capacity) {
        if (ageingNanos <= 0 || capacity < 1) {
            throw new IllegalArgumentException(
                    "the ageing time must be positive and the table hold at least one address");
        }
        this.ageingNanos = ageingNanos;
        this.capacity = capacity;
    }

    /** A frame from {@code source} to {@code destination} came in on {@code port} at {@code now}: learn, then decide. */
    public Decision frame(int port, MacAddress source, MacAddress destination, long now) {
        learn(port, source, now);
        if (isReserved(destination)) {
            return Decision.FILTER; // 802.1D clause 7.12.6: a bridge never relays these (BPDUs, PAUSE, LACP, LLDP)
        }
        if (destination.isGroup()) {
            return Decision.FLOOD;
        }
        Entry e = entries.get(destination);
        if (e == null || now - e.seenAt() >= ageingNanos) {
            return Decision.FLOOD;
        }
        return e.port() == port ? Decision.FILTER : new Decision(Decision.Kind.FORWARD, e.port());
    }

    /** 01-80-C2-00-00-00 to -0F, the group addresses reserved for link protocols. */
    static boolean isReserved(MacAddress a) {
        byte[] b = a.toBytes();
        return b[0] == 0x01
                && (b[1] & 0xFF) == 0x80
                && (b[2] & 0xFF) == 0xC2
                && b[3] == 0
                && b[4] == 0
                && (b[5] & 0xF0) == 0;
    }

    private void learn(int port, MacAddress source, long now) {
        if (source.isGroup() || source.isZero()) {
            return;
        }
        if (!entries.containsKey(source) && entries.size() >= capacity) {
            purge(now);
            if (entries.size() >= capacity) {
                notLearned++;
                return;
            }
        }
        entries.put(source, new Entry(port, now));
    }

    /** Drops the entries that have aged out. */
    private void purge(long now) {
        entries.values().removeIf(e -> now - e.seenAt() >= ageingNanos);
    }

    /** The port {@code address} is known on at {@code now}, or -1. */
    public int portOf(MacAddress address, long now) {
        Entry e = entries.get(address);
        return e == null || now - e.seenAt() >= ageingNanos ? -1 : e.port();
    }

    /** Addresses held at {@code now} (aged entries are dropped first). */
    public int size(long now) {
        purge(now);
        return entries.size();
    }

    /** New addresses not learned because the table was full. */
    public long notLearned() {
        return notLearned;
    }
}
