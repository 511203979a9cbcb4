package jnic.driver.tap;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import jnic.driver.AbstractNetDevice;
import jnic.driver.DeviceCapabilities;
import jnic.driver.DeviceStatistics;
import jnic.driver.NetDevice;
import jnic.net.wire.Checksum;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.Parsed;
import jnic.net.wire.TcpSegment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Linux TAP interface as a {@link NetDevice}: frames the kernel sends out of the interface are
 * received here, frames sent here arrive at the kernel as if from a NIC on a wire. So the Linux
 * stack is a real peer. Opened with {@code /dev/net/tun}, {@code IFF_TAP | IFF_NO_PI |
 * IFF_VNET_HDR} (frames without a packet-information header, with a virtio-net header); needs
 * CAP_NET_ADMIN to create the interface.
 *
 * <p>Offloads, as a virtio NIC has them: the interface is opened with {@code IFF_VNET_HDR}, so each
 * frame carries a virtio-net header, and tells the kernel ({@code TUNSETOFFLOAD}) that this side
 * takes TCP/IPv4 segments up to 64 KiB uncut and checksums left partial. The kernel then sends a
 * TCP stream as a few large frames instead of many MTU-sized ones (as GRO would merge them), and
 * this device completes each partial checksum before the frame goes up (as a NIC's receive
 * checksum offload does), so the stack sees ordinary, whole, checked frames; only longer. Frames
 * this side sends carry an empty header (no offload asked), except those sent with
 * {@link #sendSegmented}: the kernel takes such a TCP segment whole, as from a NIC's TSO.
 *
 * <p>This side is a station with its own address: it keeps frames to that address, broadcast
 * and multicast (everything if {@link #promiscuous}), as a NIC's filter would, and counts the
 * rest as filtered. Received frames go to the handler on the device's reader thread.
 */
public final class TapDevice extends AbstractNetDevice {
    private static final Logger LOG = LoggerFactory.getLogger(TapDevice.class);
    private static final int POLL_MILLIS = 100;
    /** struct virtio_net_hdr: flags, gso_type, hdr_len, gso_size, csum_start, csum_offset (1+1+2+2+2+2 bytes, host order). */
    static final int VNET_HEADER = 10;
    /** virtio_net_hdr.flags: the checksum at csum_start + csum_offset holds only the pseudo-header sum. */
    private static final int NEEDS_CSUM = 1;
    /** virtio_net_hdr.gso_type: a TCP/IPv4 segment to be cut at gso_size. */
    private static final int GSO_TCPV4 = 1;
    /** The longest datagram sendSegmented takes: IPv4's own limit. */
    private static final int SEGMENTATION_LIMIT = Ipv4Packet.MAX_LENGTH;

    private static final DeviceCapabilities CAPABILITIES =
            new DeviceCapabilities(EthernetFrame.MTU, SEGMENTATION_LIMIT, true);

    /** Enough for any frame the kernel may hand over: a 64 KiB segmentation-offload frame, or any MTU. */
    private static final int READ_BUFFER = VNET_HEADER + EthernetFrame.HEADER_LENGTH + 65536;

    private final int fd;
    private final boolean offloads;
    private final Thread reader;
    private volatile boolean promiscuous;
    private volatile boolean closed;
    private final AtomicLong txFrames = new AtomicLong();
    private final AtomicLong txBytes = new AtomicLong();
    private final AtomicLong txDropped = new AtomicLong();
    private final AtomicLong rxFiltered = new AtomicLong();
    private final AtomicLong rxLarge = new AtomicLong();
    private final AtomicLong rxChecksumsCompleted = new AtomicLong();
    private final AtomicLong txSegmented = new AtomicLong();
    /** Each sending thread's native buffer for segmentation-offload frames (up to 64 KiB). */
    private final ThreadLocal<Memory> largeWriteBuffer =
            ThreadLocal.withInitial(() -> new Memory(VNET_HEADER + EthernetFrame.HEADER_LENGTH + SEGMENTATION_LIMIT));
    /** Each sending thread's native copy of the frame it writes (sends may come from any thread). */
    private final ThreadLocal<Memory> writeBuffer = ThreadLocal.withInitial(() -> {
        Memory m = new Memory(VNET_HEADER + EthernetFrame.HEADER_LENGTH + EthernetFrame.MTU);
        m.clear(VNET_HEADER); // an empty virtio-net header before every frame sent: no offload
        return m;
    });

    private TapDevice(String name, MacAddress address, int fd, boolean offloads) {
        super(name, address);
        this.fd = fd;
        this.offloads = offloads;
        this.reader = new Thread(this::readLoop, "jnic-tap-" + name);
        reader.setDaemon(true);
    }

    /**
     * Creates (or attaches to) TAP interface {@code interfaceName}; this side of the link uses
     * {@code address}. Throws an {@link IOException} that says why when it cannot: no
     * {@code /dev/net/tun}, no permission (CAP_NET_ADMIN), a bad name.
     */
    public static TapDevice open(String interfaceName, MacAddress address) throws IOException {
        return open(interfaceName, address, true);
    }

    /**
     * As {@link #open(String, MacAddress)}; with {@code offloads} false the kernel is told this side
     * takes no offload: it cuts its TCP segments to the MTU and completes every checksum itself, so
     * each frame it sends is one that could cross a wire (what a TAP station of a simulated LAN
     * must hand to a simulated adapter).
     */
    public static TapDevice open(String interfaceName, MacAddress address, boolean offloads) throws IOException {
        byte[] nameBytes = interfaceName.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (nameBytes.length == 0 || nameBytes.length >= LibC.IFNAMSIZ || !interfaceName.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException(
                    "a Linux interface name has 1 to 15 characters of [A-Za-z0-9_.-], not '" + interfaceName + "'");
        }
        if (address.isGroup() || address.isZero()) {
            throw new IllegalArgumentException(address + " cannot be a station address");
        }
        int fd;
        try {
            fd = LibC.open("/dev/net/tun", LibC.O_RDWR | LibC.O_NONBLOCK);
        } catch (LastErrorException e) {
            throw new IOException(
                    "cannot open /dev/net/tun: " + LibC.strerror(e.getErrorCode())
                            + " (TAP devices need the tun module and root or CAP_NET_ADMIN)",
                    e);
        }
        // struct ifreq: the name (IFNAMSIZ bytes), then the flags (a short) in the union.
        Memory ifreq = new Memory(40);
        ifreq.clear();
        ifreq.write(0, nameBytes, 0, nameBytes.length);
        ifreq.setShort(LibC.IFNAMSIZ, (short) (LibC.IFF_TAP | LibC.IFF_NO_PI | LibC.IFF_VNET_HDR));
        try {
            LibC.ioctl(fd, LibC.TUNSETIFF, ifreq);
            LibC.ioctl(
                    fd, LibC.TUNSETOFFLOAD, Pointer.createConstant(offloads ? LibC.TUN_F_CSUM | LibC.TUN_F_TSO4 : 0));
        } catch (LastErrorException e) {
            LibC.close(fd);
            throw new IOException(
                    "cannot create TAP interface " + interfaceName + ": " + LibC.strerror(e.getErrorCode())
                            + (e.getErrorCode() == 1 ? " (needs root or CAP_NET_ADMIN)" : ""),
                    e);
        }
        TapDevice tap = new TapDevice(interfaceName, address, fd, offloads);
        LOG.debug("{}: TAP interface open, this side is {}", interfaceName, address);
        tap.reader.start();
        return tap;
    }

    /** Takes every frame, whatever its destination. */
    public void promiscuous(boolean on) {
        promiscuous = on;
    }

    private void readLoop() {
        // Native memory for the frame being read: only the bytes read are copied into Java.
        Memory buffer = new Memory(READ_BUFFER);
        Memory pollfd = new Memory(8);
        while (!closed) {
            try {
                pollfd.setInt(0, fd);
                pollfd.setShort(4, LibC.POLLIN);
                pollfd.setShort(6, (short) 0);
                if (LibC.poll(pollfd, 1, POLL_MILLIS) <= 0 || closed) {
                    continue;
                }
            } catch (LastErrorException e) {
                if (e.getErrorCode() == LibC.EINTR && !closed) {
                    continue;
                }
                stopReading(e.getErrorCode());
                return;
            }
            if (!readBurst(buffer)) {
                return;
            }
        }
    }

    /**
     * Every frame that is there, after one poll: the non-blocking read ends the burst with EAGAIN.
     * A method of its own so that the JIT compiles it as soon as it is called often, instead of
     * waiting to replace the never-ending read loop on the stack (which took seconds).
     * Returns false when the device must stop reading.
     */
    private boolean readBurst(Memory buffer) {
        while (!closed) {
            int n = (int) LibC.read(fd, buffer, READ_BUFFER);
            if (n < 0) {
                int errno = Native.getLastError();
                if (errno == LibC.EAGAIN || errno == LibC.EINTR) {
                    return true;
                }
                stopReading(errno);
                return false;
            }
            int length = n - VNET_HEADER;
            if (length < EthernetFrame.HEADER_LENGTH) {
                receive.drop();
                continue;
            }
            byte[] frame = new byte[length];
            buffer.read(VNET_HEADER, frame, 0, length);
            if ((buffer.getByte(0) & NEEDS_CSUM) != 0
                    && !completeChecksum(frame, buffer.getShort(6) & 0xFFFF, buffer.getShort(8) & 0xFFFF)) {
                receive.drop();
                continue;
            }
            if (length > EthernetFrame.HEADER_LENGTH + EthernetFrame.MTU) {
                rxLarge.incrementAndGet();
            }
            MacAddress destination = MacAddress.of(frame, 0);
            if (!promiscuous && !destination.isGroup() && !destination.equals(macAddress())) {
                rxFiltered.incrementAndGet();
                continue;
            }
            receive.deliver(frame);
        }
        return true;
    }

    /**
     * Fills in a checksum the kernel left partial: the field at {@code start + offset} holds the
     * pseudo-header's sum, so the ones' complement sum from {@code start} to the end, folded and
     * complemented, is the checksum (0 is written as 0xFFFF, as Linux does). False when the
     * offsets do not fit the frame.
     */
    private boolean completeChecksum(byte[] frame, int start, int offset) {
        if (start < EthernetFrame.HEADER_LENGTH || start + offset + 2 > frame.length) {
            return false;
        }
        int checksum = Checksum.of(java.nio.ByteBuffer.wrap(frame), start, frame.length - start);
        if (checksum == 0) {
            checksum = 0xFFFF;
        }
        frame[start + offset] = (byte) (checksum >>> 8);
        frame[start + offset + 1] = (byte) checksum;
        rxChecksumsCompleted.incrementAndGet();
        return true;
    }

    private void stopReading(int errno) {
        if (!closed) {
            LOG.warn("{}: read failed ({}); the device stops receiving", name(), LibC.strerror(errno));
        }
    }

    @Override
    public void send(byte[] frame) throws IOException {
        NetDevice.checkFrame(frame, EthernetFrame.MTU);
        if (closed) {
            throw new IOException(name() + " is closed");
        }
        Memory out = writeBuffer.get();
        out.write(VNET_HEADER, frame, 0, frame.length);
        write(out, frame.length);
    }

    /** Writes the virtio-net header and the {@code length}-byte frame after it in {@code out}: all of it, or an IOException. */
    private void write(Memory out, int length) throws IOException {
        long n = LibC.write(fd, out, VNET_HEADER + length) - VNET_HEADER;
        if (n != length) {
            txDropped.incrementAndGet();
            throw new IOException(name()
                    + (n < 0
                            ? ": write failed: " + LibC.strerror(Native.getLastError())
                            : ": wrote " + n + " of " + length + " bytes"));
        }
        txFrames.incrementAndGet();
        txBytes.addAndGet(length);
    }

    /**
     * Hands the kernel one TCP/IPv4 segment longer than the MTU with a virtio-net header asking
     * for segmentation at {@code segmentSize} (GSO_TCPV4), with the partial checksum the stack left
     * in the TCP checksum field (NEEDS_CSUM). The kernel delivers it whole to a local socket, or
     * cuts it before it leaves by another device.
     */
    @Override
    public void sendSegmented(byte[] frame, int segmentSize) throws IOException {
        if (!offloads) {
            throw new UnsupportedOperationException(name() + " was opened without offloads");
        }
        TcpHeaders headers = tcpHeaders(frame, segmentSize);
        if (closed) {
            throw new IOException(name() + " is closed");
        }
        Memory out = largeWriteBuffer.get();
        out.setByte(0, (byte) NEEDS_CSUM);
        out.setByte(1, (byte) GSO_TCPV4);
        out.setShort(2, (short) (headers.start() + headers.length())); // hdr_len: the Ethernet, IP and TCP headers
        out.setShort(4, (short) segmentSize);
        out.setShort(6, (short) headers.start()); // csum_start
        out.setShort(8, (short) TcpSegment.CHECKSUM_OFFSET); // csum_offset
        out.write(VNET_HEADER, frame, 0, frame.length);
        write(out, frame.length);
        txSegmented.incrementAndGet();
    }

    /** Where a frame's TCP header starts and how long it is. */
    private record TcpHeaders(int start, int length) {}

    /**
     * Where the TCP header of a frame for {@link #sendSegmented} lies, read through the wire formats: the frame must hold IPv4 with a whole, checked header, not a
     * fragment, carrying a TCP segment whose checksum field holds the pseudo-header's partial sum
     * (the contract of {@link NetDevice#sendSegmented}). Anything else is the caller's error.
     */
    private static TcpHeaders tcpHeaders(byte[] frame, int segmentSize) {
        if (frame.length > EthernetFrame.HEADER_LENGTH + SEGMENTATION_LIMIT || segmentSize < 1) {
            throw new IllegalArgumentException("segmentation offload takes up to " + SEGMENTATION_LIMIT
                    + " bytes after the Ethernet header and a" + " segment size of at least 1, not "
                    + (frame.length - EthernetFrame.HEADER_LENGTH) + " and " + segmentSize);
        }
        Parsed<EthernetFrame> eth = EthernetFrame.parse(frame);
        if (!eth.isOk() || eth.value().etherType() != EtherType.IPV4) {
            throw new IllegalArgumentException("segmentation offload takes IPv4 frames, not "
                    + (eth.isOk() ? EtherType.name(eth.value().etherType()) : eth.error()));
        }
        Parsed<Ipv4Packet> ip = Ipv4Packet.parse(eth.value().payload());
        if (!ip.isOk()
                || ip.value().protocol() != Ipv4Packet.PROTOCOL_TCP
                || ip.value().isFragment()) {
            throw new IllegalArgumentException("segmentation offload takes one whole TCP segment over IPv4, not "
                    + (ip.isOk()
                            ? "protocol " + ip.value().protocol() + (ip.value().isFragment() ? " (a fragment)" : "")
                            : ip.error()));
        }
        Ipv4Packet p = ip.value();
        Parsed<TcpSegment> tcp = TcpSegment.parseWithPartialChecksum(p.payload(), p.source(), p.destination());
        if (!tcp.isOk()) {
            throw new IllegalArgumentException(
                    "segmentation offload takes a TCP segment whose checksum field holds the pseudo-header's sum: "
                            + tcp.error());
        }
        return new TcpHeaders(
                EthernetFrame.HEADER_LENGTH + p.headerLength(), tcp.value().headerLength());
    }

    /** Frames sent with segmentation offload (each counts once in the statistics, however many segments it makes). */
    public long segmentedFramesSent() {
        return txSegmented.get();
    }

    /**
     * With offloads: standard frames out, TCP segments up to 64 KiB handed over whole both ways,
     * checksums completed. Without: standard Ethernet, nothing offloaded.
     */
    @Override
    public DeviceCapabilities capabilities() {
        return offloads ? CAPABILITIES : DeviceCapabilities.ETHERNET;
    }

    @Override
    public boolean linkUp() {
        return !closed;
    }

    @Override
    public DeviceStatistics statistics() {
        return new DeviceStatistics(
                txFrames.get(), txBytes.get(), receive.frames(), receive.bytes(), txDropped.get(), receive.dropped());
    }

    /** Frames from the kernel longer than the MTU allows: TCP segments the kernel left uncut (segmentation offload). */
    public long largeFramesReceived() {
        return rxLarge.get();
    }

    /** Frames whose partial checksum this device completed (checksum offload). */
    public long checksumsCompleted() {
        return rxChecksumsCompleted.get();
    }

    /** Frames from the kernel addressed to another station (not delivered). */
    public long filtered() {
        return rxFiltered.get();
    }

    /** Stops the reader and closes the file descriptor (a non-persistent interface goes away with it). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            reader.join(2 * POLL_MILLIS + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LibC.close(fd);
    }
}
