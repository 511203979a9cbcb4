package jnic.stack.iface;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jnic.driver.time.EventLoop;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.ArpPacket;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.MacAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Address resolution on one interface (RFC 826): the cache of neighbours' hardware addresses,
 * the datagrams waiting for an answer, and the answers to requests for our own address.
 *
 * <p>Policy, where RFC 826 leaves room:
 * <ul>
 * <li>An entry is created only from a packet whose target is our address (a request to us, a
 *     reply to our request). An existing entry is also refreshed by a gratuitous packet from its
 *     owner (RFC 5227 announcement), so a moved address is followed; nothing else teaches the
 *     cache, which keeps a stranger from filling or poisoning it.</li>
 * <li>Entries live {@link IpConfig#arpCacheTimeout()} from when they were last confirmed.</li>
 * <li>A resolution sends up to {@link IpConfig#arpRequests()} broadcasts, one every
 *     {@link IpConfig#arpRetryInterval()}; datagrams wait in a queue bounded in bytes across the
 *     interface (a new one that does not fit is dropped, counted). When it fails, the waiting
 *     datagrams are dropped and their senders get ICMP host-unreachable (RFC 1122 section 2.3.2.2).</li>
 * </ul>
 *
 * <p>Like the rest of a host's protocol state it belongs to the host's event loop: read it there
 * (or from the thread that drives a virtual-time loop).
 */
public final class ArpCache {
    private static final Logger LOG = LoggerFactory.getLogger(ArpCache.class);

    private record Entry(MacAddress mac, long expires) {}

    private final class Resolution {
        final Ipv4Address target;
        final ArrayDeque<byte[]> waiting = new ArrayDeque<>();
        int requestsSent;
        EventLoop.Timer timer;

        Resolution(Ipv4Address target) {
            this.target = target;
        }
    }

    private final Ipv4 ip;
    private final IpInterface iface;
    private final Map<Ipv4Address, Entry> entries = new HashMap<>();
    private final Map<Ipv4Address, Resolution> resolving = new LinkedHashMap<>();
    private int pendingBytes;

    ArpCache(Ipv4 ip, IpInterface iface) {
        this.ip = ip;
        this.iface = iface;
    }

    /** The hardware address cached for {@code address}, or null (expired entries are removed). */
    public MacAddress lookup(Ipv4Address address) {
        Entry e = entries.get(address);
        if (e == null) {
            return null;
        }
        if (ip.now() - e.expires >= 0) {
            entries.remove(address);
            return null;
        }
        return e.mac;
    }

    /** A snapshot of the live entries (the `ip neigh` view). */
    public Map<Ipv4Address, MacAddress> entries() {
        Map<Ipv4Address, MacAddress> m = new HashMap<>();
        for (Ipv4Address a : entries.keySet().toArray(new Ipv4Address[0])) {
            MacAddress mac = lookup(a);
            if (mac != null) {
                m.put(a, mac);
            }
        }
        return m;
    }

    /** Bytes of datagrams waiting for a resolution. */
    public int pendingBytes() {
        return pendingBytes;
    }

    void transmit(Ipv4Address nextHop, byte[] frame) {
        MacAddress mac = lookup(nextHop);
        if (mac != null) {
            iface.sendFrame(mac, EtherType.IPV4, frame);
            return;
        }
        if (pendingBytes + frame.length > ip.config().arpPendingBytes()) {
            ip.counters().increment(StackCounter.ARP_PENDING_DROPPED);
            return;
        }
        Resolution r = resolving.get(nextHop);
        if (ip.tracer().enabled()) {
            ip.tracer()
                    .event(
                            TraceLayer.ARP,
                            "cache miss for " + nextHop + ": the datagram waits"
                                    + (r == null
                                            ? "; who-has " + nextHop + " is broadcast"
                                            : " for the answer already asked for"));
        }
        if (r == null) {
            r = new Resolution(nextHop);
            resolving.put(nextHop, r);
            request(r);
        }
        r.waiting.add(frame);
        pendingBytes += frame.length;
    }

    private void request(Resolution r) {
        r.requestsSent++;
        send(
                MacAddress.BROADCAST,
                new ArpPacket(
                        ArpPacket.REQUEST,
                        iface.macAddress(),
                        iface.address().address(),
                        MacAddress.of(new byte[6]),
                        r.target));
        ip.counters().increment(StackCounter.ARP_REQUESTS_OUT);
        r.timer = ip.loop().schedule(ip.config().arpRetryInterval().toNanos(), () -> retry(r));
    }

    private void retry(Resolution r) {
        if (resolving.get(r.target) != r) {
            return;
        }
        if (r.requestsSent < ip.config().arpRequests()) {
            request(r);
            return;
        }
        resolving.remove(r.target);
        ip.counters().increment(StackCounter.ARP_RESOLUTION_FAILED);
        LOG.debug("{}: no ARP reply from {} after {} requests", iface.name(), r.target, r.requestsSent);
        for (byte[] frame : r.waiting) {
            pendingBytes -= frame.length;
            ip.counters().increment(StackCounter.ARP_PENDING_DROPPED);
            ip.unreachable(
                    ByteBuffer.wrap(frame, EthernetFrame.HEADER_LENGTH, frame.length - EthernetFrame.HEADER_LENGTH)
                            .slice());
        }
    }

    /** RFC 5227 section 2.3: an announcement, an ARP request with our address as sender and target. */
    void announce() {
        Ipv4Address own = iface.address().address();
        send(
                MacAddress.BROADCAST,
                new ArpPacket(ArpPacket.REQUEST, iface.macAddress(), own, MacAddress.of(new byte[6]), own));
        ip.counters().increment(StackCounter.ARP_ANNOUNCEMENTS_OUT);
    }

    void input(ArpPacket p) {
        ip.counters().increment(StackCounter.ARP_IN);
        Ipv4Address own = iface.address().address();
        if (p.senderHardware().isGroup() || p.senderHardware().isZero()) {
            ip.counters().increment(StackCounter.ARP_NOT_FOR_US);
            return;
        }
        if (p.senderProtocol().equals(own)) {
            if (!p.senderHardware().equals(iface.macAddress())) {
                ip.counters().increment(StackCounter.ARP_CONFLICTS);
                LOG.warn("{}: {} claims our address {}", iface.name(), p.senderHardware(), own);
            }
            return;
        }
        boolean forUs = p.targetProtocol().equals(own);
        boolean learnable =
                !p.senderProtocol().isAny() && iface.address().subnet().contains(p.senderProtocol());
        if (learnable && (forUs || p.isGratuitous() && entries.containsKey(p.senderProtocol()))) {
            learn(p.senderProtocol(), p.senderHardware());
        } else if (!forUs) {
            ip.counters().increment(StackCounter.ARP_NOT_FOR_US);
        }
        if (forUs && p.operation() == ArpPacket.REQUEST) {
            if (ip.tracer().enabled()) {
                ip.tracer()
                        .event(
                                TraceLayer.ARP,
                                "who-has " + own + " from " + p.senderProtocol() + ": that is us; reply " + own
                                        + " is-at " + iface.macAddress() + ", sent to " + p.senderHardware()
                                        + " alone");
            }
            send(
                    p.senderHardware(),
                    new ArpPacket(ArpPacket.REPLY, iface.macAddress(), own, p.senderHardware(), p.senderProtocol()));
            ip.counters().increment(StackCounter.ARP_REPLIES_OUT);
        }
    }

    private void learn(Ipv4Address address, MacAddress mac) {
        entries.put(
                address, new Entry(mac, ip.now() + ip.config().arpCacheTimeout().toNanos()));
        Resolution r = resolving.remove(address);
        if (ip.tracer().enabled()) {
            ip.tracer()
                    .event(
                            TraceLayer.ARP,
                            "cache: " + address + " is-at " + mac + " for "
                                    + ip.config().arpCacheTimeout().toSeconds() + " s"
                                    + (r == null ? "" : "; " + r.waiting.size() + " waiting datagram(s) go out now"));
        }
        if (r != null) {
            r.timer.cancel();
            for (byte[] frame : r.waiting) {
                pendingBytes -= frame.length;
                iface.sendFrame(mac, EtherType.IPV4, frame);
            }
        }
    }

    private void send(MacAddress destination, ArpPacket p) {
        byte[] frame = new byte[EthernetFrame.HEADER_LENGTH + ArpPacket.LENGTH];
        p.emit(ByteBuffer.wrap(frame), EthernetFrame.HEADER_LENGTH);
        iface.sendFrame(destination, EtherType.ARP, frame);
    }
}
