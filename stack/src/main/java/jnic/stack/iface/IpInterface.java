package jnic.stack.iface;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jnic.driver.EtherTypeDispatcher;
import jnic.driver.NetDevice;
import jnic.driver.trace.TraceLayer;
import jnic.driver.trace.Tracer;
import jnic.net.wire.ArpPacket;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.Parsed;

/**
 * One of a host's interfaces: a {@link NetDevice} with an IPv4 address, its ARP cache, and the
 * receive path from the device into the ip. Frames arriving on the device's thread are handed
 * to the host's event loop; everything after that runs on the loop.
 */
public final class IpInterface {
    private final Ipv4 ip;
    private final NetDevice device;
    private final InterfaceAddress address;
    private final ArpCache arp;
    private volatile int mtu; // 0: the device's
    private final EtherTypeDispatcher dispatcher = new EtherTypeDispatcher();
    private final ConcurrentLinkedQueue<byte[]> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPosted = new AtomicBoolean();
    private final AtomicInteger inboxFrames = new AtomicInteger();
    /** Frames waiting for the loop at most (about 12 MB of full-sized frames); more are dropped and counted. */
    private static final int INBOX_LIMIT = 8192;

    IpInterface(Ipv4 ip, NetDevice device, InterfaceAddress address) {
        this.ip = ip;
        this.device = device;
        this.address = address;
        this.arp = new ArpCache(ip, this);
        dispatcher.register(EtherType.ARP, this::arpInput);
        dispatcher.register(EtherType.IPV4, this::ipInput);
    }

    void start() {
        device.setHandler(this::arrived);
        ip.onLoop(arp::announce);
    }

    /**
     * A frame from the device. On the loop (a simulated or loopback device) it is handled at once;
     * from a device's own thread (TAP) it joins an inbox, and one task on the loop drains every
     * frame that came meanwhile: one hand-over between threads per burst, not per frame.
     */
    private void arrived(byte[] frame) {
        if (ip.loop().inLoop()) {
            receive(frame);
            return;
        }
        if (inboxFrames.incrementAndGet() > INBOX_LIMIT) {
            inboxFrames.decrementAndGet();
            ip.counters()
                    .increment(StackCounter.ETHERNET_INBOX_FULL); // the loop is behind: drop, as a NIC's full ring does
            return;
        }
        inbox.add(frame);
        if (drainPosted.compareAndSet(false, true)) {
            ip.loop().execute(this::drainInbox);
        }
    }

    private void drainInbox() {
        drainPosted.set(false); // before polling: a frame added from now on posts another drain
        ip.receiveBurst(() -> {
            for (byte[] frame; (frame = inbox.poll()) != null; ) {
                inboxFrames.decrementAndGet();
                receive(frame);
            }
        });
    }

    public String name() {
        return device.name();
    }

    public NetDevice device() {
        return device;
    }

    public InterfaceAddress address() {
        return address;
    }

    public MacAddress macAddress() {
        return device.macAddress();
    }

    /** The interface's MTU: the device's, or less where {@link #setMtu} lowered it. */
    public int mtu() {
        int configured = mtu;
        return configured > 0 ? configured : device.capabilities().mtu();
    }

    /**
     * Sets the interface's MTU (as {@code ip link set mtu}): from 68, the least every IPv4 link must
     * carry (RFC 791), up to the device's own. Datagrams longer than it leave fragmented, or, with
     * DF set, are answered with ICMP fragmentation needed (RFC 1191). Any thread.
     */
    public void setMtu(int bytes) {
        int max = device.capabilities().mtu();
        if (bytes < Ipv4Packet.MIN_MTU || bytes > max) {
            throw new IllegalArgumentException(
                    name() + ": an MTU from " + Ipv4Packet.MIN_MTU + " to " + max + " bytes, not " + bytes);
        }
        mtu = bytes;
    }

    public ArpCache arp() {
        return arp;
    }

    private void receive(byte[] frame) {
        ip.counters().increment(StackCounter.ETHERNET_IN);
        long tooShort = dispatcher.tooShort();
        long unknown = dispatcher.unknownType();
        Tracer t = ip.tracer();
        if (t.enabled() && frame.length >= EthernetFrame.HEADER_LENGTH) {
            int type = EthernetFrame.etherType(frame);
            t.event(
                    TraceLayer.ETHERNET,
                    String.format(
                            "EtherType 0x%04X: the frame goes to %s",
                            type,
                            type == EtherType.ARP || type == EtherType.IPV4
                                    ? EtherType.name(type)
                                    : "no one (dropped)"));
        }
        dispatcher.onFrame(frame); // the dispatcher counts its drops; the host's counters say which
        if (dispatcher.tooShort() != tooShort) {
            ip.counters().increment(StackCounter.ETHERNET_MALFORMED);
        } else if (dispatcher.unknownType() != unknown) {
            ip.counters().increment(StackCounter.ETHERNET_UNKNOWN_TYPE);
        }
    }

    private void arpInput(byte[] frame) {
        Parsed<EthernetFrame> eth = EthernetFrame.parse(frame);
        Parsed<ArpPacket> p = ArpPacket.parse(eth.value().payload());
        if (!p.isOk()) {
            ip.counters().malformed(StackCounter.ARP_MALFORMED, p.error());
            return;
        }
        arp.input(p.value());
    }

    private void ipInput(byte[] frame) {
        EthernetFrame eth = EthernetFrame.parse(frame).value();
        boolean linkBroadcast = eth.destination().isGroup();
        if (!linkBroadcast && !eth.destination().equals(macAddress())) {
            ip.counters().increment(StackCounter.IP_NOT_FOR_US); // a promiscuous device's catch
            return;
        }
        ip.input(this, eth.payload(), linkBroadcast);
    }

    /** Sends an IPv4 datagram that sits at offset 14 of {@code frame}, resolving {@code nextHop} first. */
    void transmit(Ipv4Address nextHop, byte[] frame) {
        if (nextHop.isLimitedBroadcast() || nextHop.equals(address.broadcast())) {
            sendFrame(MacAddress.BROADCAST, EtherType.IPV4, frame);
        } else {
            arp.transmit(nextHop, frame);
        }
    }

    /** Fills in the Ethernet header of {@code frame} and hands it to the device. */
    void sendFrame(MacAddress destination, int etherType, byte[] frame) {
        sendFrame(destination, etherType, frame, 0);
    }

    /** The longest TCP/IPv4 datagram the device cuts into segments itself (TSO), or 0. */
    int segmentationOffload() {
        return device.capabilities().segmentationOffload();
    }

    /** A frame to {@code destination}; with {@code segmentSize} above 0, a TCP segment the device is to cut (see {@link #segmentationOffload}). */
    void sendFrame(MacAddress destination, int etherType, byte[] frame, int segmentSize) {
        EthernetFrame.emitHeader(destination, macAddress(), etherType, ByteBuffer.wrap(frame), 0);
        if (ip.tracer().enabled()) {
            ip.tracer()
                    .event(
                            TraceLayer.ETHERNET,
                            String.format(
                                    "frame %s -> %s, EtherType 0x%04X, %d bytes, handed to %s",
                                    macAddress(), destination, etherType, frame.length, device.name()));
        }
        try {
            if (segmentSize > 0) {
                device.sendSegmented(frame, segmentSize);
            } else {
                device.send(frame);
            }
            ip.counters().increment(StackCounter.ETHERNET_OUT);
        } catch (IOException e) {
            ip.counters()
                    .increment(
                            StackCounter.ETHERNET_SEND_FAILED); // IP is best effort; the counter says why it is missing
        }
    }

    @Override
    public String toString() {
        return name() + " " + address + " " + macAddress();
    }
}
