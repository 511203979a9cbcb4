package jnic.stack.iface;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import jnic.driver.time.EventLoop;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;

/**
 * Puts fragmented datagrams back together (RFC 791 section 3.2, RFC 815's idea of filling holes).
 * Fragments belong together when source, destination, protocol and identification match.
 *
 * <p>Policy, stated because the RFCs leave it open:
 * <ul>
 * <li><b>Overlap:</b> a fragment that overlaps another of its datagram, other than an exact
 *     duplicate, discards the whole datagram, and fragments of it that come later are dropped
 *     until its timeout (RFC 5722's rule for IPv6, which Linux applies to IPv4 too). An exact
 *     duplicate (same offset, length and bytes) is dropped alone; a duplicating link is not an
 *     attack.</li>
 * <li><b>Timeout:</b> {@link IpConfig#reassemblyTimeout()} from the first fragment; then the
 *     datagram is dropped and, if its first fragment had come, the source gets ICMP time exceeded,
 *     code 1 (RFC 1122 section 3.3.2).</li>
 * <li><b>Memory:</b> the payload bytes held by all unfinished datagrams, plus
 *     {@link #DATAGRAM_OVERHEAD} for each datagram tracked (discarded ones included, so a flood of
 *     tiny or overlapping fragments is bounded too), stay under
 *     {@link IpConfig#reassemblyMemoryBytes()}. What would pass the bound first evicts the oldest
 *     other datagrams; a fragment that still does not fit is dropped with its datagram.</li>
 * </ul>
 */
final class Reassembler {
    private record Key(Ipv4Address source, Ipv4Address destination, int protocol, int identification) {}

    private static final class Datagram {
        final Key key;
        final TreeMap<Integer, ByteBuffer> pieces = new TreeMap<>();
        Ipv4Packet first;
        int total = -1;
        int received;
        boolean discarded;
        EventLoop.Timer timer;

        Datagram(Key key) {
            this.key = key;
        }
    }

    /** What one tracked datagram costs besides its bytes (key, map entry, timer), for the memory bound. */
    static final int DATAGRAM_OVERHEAD = 128;

    private final Ipv4 ip;
    private final Map<Key, Datagram> datagrams = new LinkedHashMap<>();
    private int memory;

    Reassembler(Ipv4 ip) {
        this.ip = ip;
    }

    /** Payload bytes held now. */
    int memory() {
        return memory;
    }

    /** Takes a fragment; returns the whole datagram when this one completes it, else null. */
    Ipv4Packet add(Ipv4Packet f) {
        Counters counters = ip.counters();
        counters.increment(StackCounter.REASSEMBLY_FRAGMENTS_IN);
        Key key = new Key(f.source(), f.destination(), f.protocol(), f.identification());
        Datagram d = datagrams.get(key);
        if (d == null) {
            if (!makeRoom(null, DATAGRAM_OVERHEAD)) {
                counters.increment(StackCounter.REASSEMBLY_EVICTED);
                return null;
            }
            memory += DATAGRAM_OVERHEAD;
            Datagram created = new Datagram(key);
            created.timer = ip.loop().schedule(ip.config().reassemblyTimeout().toNanos(), () -> expire(created));
            datagrams.put(key, created);
            d = created;
        }
        if (d.discarded) {
            return null;
        }
        int start = f.fragmentOffset();
        int length = f.payload().remaining();
        int end = start + length;
        if (f.moreFragments() && (length == 0 || length % 8 != 0)
                || end + Ipv4Packet.MIN_HEADER_LENGTH > Ipv4Packet.MAX_LENGTH) {
            counters.increment(
                    StackCounter.REASSEMBLY_TOO_BIG); // RFC 791: every fragment but the last carries a multiple of 8
            discard(d);
            return null;
        }
        boolean inconsistent =
                !f.moreFragments() && (d.total >= 0 && d.total != end || !d.pieces.isEmpty() && lastEnd(d) > end)
                        || f.moreFragments() && d.total >= 0 && end > d.total;
        if (inconsistent) {
            counters.increment(StackCounter.REASSEMBLY_OVERLAP);
            discard(d);
            return null;
        }
        Map.Entry<Integer, ByteBuffer> before = d.pieces.floorEntry(start);
        if (before != null && before.getKey() == start && before.getValue().equals(f.payload())) {
            counters.increment(StackCounter.REASSEMBLY_DUPLICATE);
            return null;
        }
        Map.Entry<Integer, ByteBuffer> after = d.pieces.ceilingEntry(start);
        if (before != null && before.getKey() + before.getValue().remaining() > start
                || after != null && after.getKey() < end) {
            counters.increment(StackCounter.REASSEMBLY_OVERLAP);
            discard(d);
            return null;
        }
        if (!makeRoom(d, length)) {
            counters.increment(StackCounter.REASSEMBLY_EVICTED);
            discard(d);
            return null;
        }
        d.pieces.put(start, f.payload());
        d.received += length;
        memory += length;
        if (start == 0) {
            d.first = f;
        }
        if (!f.moreFragments()) {
            d.total = end;
        }
        if (d.total < 0 || d.received != d.total) {
            return null;
        }
        return complete(d);
    }

    private static int lastEnd(Datagram d) {
        Map.Entry<Integer, ByteBuffer> last = d.pieces.lastEntry();
        return last.getKey() + last.getValue().remaining();
    }

    private Ipv4Packet complete(Datagram d) {
        Ipv4Packet first = d.first;
        byte[] whole = new byte[d.total];
        ByteBuffer w = ByteBuffer.wrap(whole);
        for (Map.Entry<Integer, ByteBuffer> piece : d.pieces.entrySet()) {
            ByteBuffer p = piece.getValue();
            w.put(piece.getKey(), p, p.position(), p.remaining());
        }
        forget(d);
        if (first.headerLength() + whole.length > Ipv4Packet.MAX_LENGTH) {
            ip.counters().increment(StackCounter.REASSEMBLY_TOO_BIG);
            return null;
        }
        ip.counters().increment(StackCounter.REASSEMBLY_OK);
        return first.fragment(0, false, first.options(), w);
    }

    /** Evicts the oldest other datagrams until {@code length} more bytes fit; false if they cannot. */
    private boolean makeRoom(Datagram keep, int length) {
        int limit = ip.config().reassemblyMemoryBytes();
        Iterator<Datagram> oldest = datagrams.values().iterator();
        while (memory + length > limit && oldest.hasNext()) {
            Datagram victim = oldest.next();
            if (victim == keep) {
                continue;
            }
            if (!victim.discarded) {
                ip.counters().increment(StackCounter.REASSEMBLY_EVICTED);
            }
            oldest.remove();
            victim.timer.cancel();
            release(victim);
            memory -= DATAGRAM_OVERHEAD;
        }
        return memory + length <= limit;
    }

    /** Stops tracking {@code d}: its bytes, its overhead and its timer. */
    private void forget(Datagram d) {
        release(d);
        datagrams.remove(d.key);
        memory -= DATAGRAM_OVERHEAD;
        d.timer.cancel();
    }

    /** Frees a datagram's bytes and remembers its key until the timeout, so its late fragments are dropped. */
    private void discard(Datagram d) {
        release(d);
        d.discarded = true;
        d.first = null;
    }

    private void release(Datagram d) {
        for (ByteBuffer p : d.pieces.values()) {
            memory -= p.remaining();
        }
        d.pieces.clear();
    }

    private void expire(Datagram d) {
        Ipv4Packet first = d.first;
        boolean discarded = d.discarded;
        forget(d);
        if (discarded) {
            return;
        }
        ip.counters().increment(StackCounter.REASSEMBLY_TIMEOUT);
        if (first != null) {
            ip.sendIcmpError(first, IcmpMessage.TIME_EXCEEDED, IcmpMessage.CODE_REASSEMBLY_TIME_EXCEEDED, 0);
        }
    }
}
