package jnic.stack.iface;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jnic.driver.trace.TraceLayer;
import jnic.driver.EtherTypeDispatcher;
import jnic.driver.MacAddress;
import jnic.driver.NetDevice;
import jnic.driver.trace.Tracer;
import jnic.stack.wire.ArpPacket;
import jnic.stack.wire.EthernetFrame;
import jnic.stack.wire.Ipv4Address;
import jnic.stack.wire.Parsed;

/**
 * One of a host's interfaces: a {@link NetDevice} with an IPv4 address, its ARP cache, and the
 * receive path from the device into the host. Frames arriving on the device's thread are handed
 * to the host's event loop; everything after that runs on the loop.
 */
public final class IpInterface {
    private final Host host;
    private final NetDevice device;
    private final InterfaceAddress address;
    private final ArpCache arp;
    private final EtherTypeDispatcher dispatcher = new EtherTypeDispatcher();
    private final ConcurrentLinkedQueue<byte[]> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPosted = new AtomicBoolean();
    private final AtomicInteger inboxFrames = new AtomicInteger();
    /** Frames waiting for the loop at most (about 12 MB of full-sized frames); more are dropped and counted. */
    private static final int INBOX_LIMIT = 8192;

    IpInterface(Host host, NetDevice device, InterfaceAddress address) {
        this.host = host;
        this.device = device;
        this.address = address;
        this.arp = new ArpCache(host, this);
        dispatcher.register(EthernetFrame.TYPE_ARP, this::arpInput);
        dispatcher.register(EthernetFrame.TYPE_IPV4, this::ipInput);
    }

    void start() {
        device.setHandler(this::arrived);
        host.onLoop(arp::announce);
    }

    /**
     * A frame from the device. On the loop (a simulated or loopback device) it is handled at once;
     * from a device's own thread (TAP) it joins an inbox, and one task on the loop drains every
     * frame that came meanwhile: one hand-over between threads per burst, not per frame.
     */
    private void arrived(byte[] frame) {
        if (host.loop().inLoop()) {
            receive(frame);
            return;
        }
        if (inboxFrames.incrementAndGet() > INBOX_LIMIT) {
            inboxFrames.decrementAndGet();
            host.counters().increment(StackCounter.ETHERNET_INBOX_FULL); // the loop is behind: drop, as a NIC's full ring does
            return;
        }
        inbox.add(frame);
        if (drainPosted.compareAndSet(false, true)) {
            host.loop().execute(this::drainInbox);
        }
    }

    private void drainInbox() {
        drainPosted.set(false); // before polling: a frame added from now on posts another drain
        host.receiveBurst(() -> {
            for (byte[] frame; (frame = inbox.poll()) != null;) {
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

    public int mtu() {
        return device.mtu();
    }

    public ArpCache arp() {
        return arp;
    }

    private void receive(byte[] frame) {
        host.counters().increment(StackCounter.ETHERNET_IN);
        long tooShort = dispatcher.tooShort();
        long unknown = dispatcher.unknownType();
        Tracer t = host.tracer();
        if (t.enabled() && frame.length >= EthernetFrame.HEADER_LENGTH) {
            int type = (frame[12] & 0xFF) << 8 | frame[13] & 0xFF;
            t.event(TraceLayer.ETHERNET, String.format("EtherType 0x%04X: the frame goes to %s", type,
                    type == EthernetFrame.TYPE_ARP ? "ARP" : type == EthernetFrame.TYPE_IPV4 ? "IPv4" : "no one (dropped)"));
        }
        dispatcher.onFrame(frame); // the dispatcher counts its drops; the host's counters say which
        if (dispatcher.tooShort() != tooShort) {
            host.counters().increment(StackCounter.ETHERNET_MALFORMED);
        } else if (dispatcher.unknownType() != unknown) {
            host.counters().increment(StackCounter.ETHERNET_UNKNOWN_TYPE);
        }
    }

    private void arpInput(byte[] frame) {
        Parsed<EthernetFrame> eth = EthernetFrame.parse(frame);
        Parsed<ArpPacket> p = ArpPacket.parse(eth.value().payload());
        if (!p.isOk()) {
            host.counters().malformed(StackCounter.ARP_MALFORMED, p.error());
            return;
        }
        arp.input(p.value());
    }

    private void ipInput(byte[] frame) {
        EthernetFrame eth = EthernetFrame.parse(frame).value();
        boolean linkBroadcast = eth.destination().isGroup();
        if (!linkBroadcast && !eth.destination().equals(macAddress())) {
            host.counters().increment(StackCounter.IP_NOT_FOR_US); // a promiscuous device's catch
            return;
        }
        host.ip().input(this, eth.payload(), linkBroadcast);
    }

    /** Sends an IPv4 datagram that sits at offset 14 of {@code frame}, resolving {@code nextHop} first. */
    void transmit(Ipv4Address nextHop, byte[] frame) {
        if (nextHop.isLimitedBroadcast() || nextHop.equals(address.broadcast())) {
            sendFrame(MacAddress.BROADCAST, EthernetFrame.TYPE_IPV4, frame);
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
        return device.segmentationOffload();
    }

    /** A frame to {@code destination}; with {@code segmentSize} above 0, a TCP segment the device is to cut (see {@link #segmentationOffload}). */
    void sendFrame(MacAddress destination, int etherType, byte[] frame, int segmentSize) {
        EthernetFrame.emitHeader(destination, macAddress(), etherType, ByteBuffer.wrap(frame), 0);
        if (host.tracer().enabled()) {
            host.tracer().event(TraceLayer.ETHERNET, String.format("frame %s -> %s, EtherType 0x%04X, %d bytes, handed to %s", macAddress(),
                    destination, etherType, frame.length, device.name()));
        }
        try {
            if (segmentSize > 0) {
                device.sendSegmented(frame, segmentSize);
            } else {
                device.send(frame);
            }
            host.counters().increment(StackCounter.ETHERNET_OUT);
        } catch (IOException e) {
            host.counters().increment(StackCounter.ETHERNET_SEND_FAILED); // IP is best effort; the counter says why it is missing
        }
    }

    @Override
    public String toString() {
        return name() + " " + address + " " + macAddress();
    }
}
