package jnic.driver.tap;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;

import jnic.driver.DeviceStatistics;
import jnic.driver.EthernetHeader;
import jnic.driver.MacAddress;
import jnic.driver.NetDevice;
import jnic.driver.ReceivePath;

/**
 * A Linux TAP interface as a {@link NetDevice}: frames the kernel sends out of the interface are
 * received here, frames sent here arrive at the kernel as if from a NIC on a wire. So the Linux
 * stack is a real peer. Opened with {@code /dev/net/tun}, {@code IFF_TAP | IFF_NO_PI} (frames
 * without a packet-information header); needs CAP_NET_ADMIN to create the interface.
 *
 * <p>This side is a station with its own address: it keeps frames to that address, broadcast
 * and multicast (everything if {@link #promiscuous}), as a NIC's filter would, and counts the
 * rest as filtered. Received frames go to the handler on the device's reader thread.
 */
public final class TapDevice implements NetDevice {
    private static final Logger LOG = LoggerFactory.getLogger(TapDevice.class);
    private static final int POLL_MILLIS = 100;
    /** Enough for any frame the kernel may hand over, whatever the interface's MTU was set to. */
    private static final int READ_BUFFER = 65536;

    private final String name;
    private final MacAddress address;
    private final int fd;
    private final Thread reader;
    private final ReceivePath receive;
    private volatile boolean promiscuous;
    private volatile boolean closed;
    private final AtomicLong txFrames = new AtomicLong();
    private final AtomicLong txBytes = new AtomicLong();
    private final AtomicLong txDropped = new AtomicLong();
    private final AtomicLong rxFiltered = new AtomicLong();
    /** Each sending thread's native copy of the frame it writes (sends may come from any thread). */
    private final ThreadLocal<Memory> writeBuffer = ThreadLocal.withInitial(() -> new Memory(EthernetHeader.LENGTH + EthernetHeader.MTU));

    private TapDevice(String name, MacAddress address, int fd) {
        this.name = name;
        this.address = address;
        this.fd = fd;
        this.receive = new ReceivePath(name);
        this.reader = new Thread(this::readLoop, "jnic-tap-" + name);
        reader.setDaemon(true);
    }

    /**
     * Creates (or attaches to) TAP interface {@code interfaceName}; this side of the link uses
     * {@code address}. Throws an {@link IOException} that says why when it cannot: no
     * {@code /dev/net/tun}, no permission (CAP_NET_ADMIN), a bad name.
     */
    public static TapDevice open(String interfaceName, MacAddress address) throws IOException {
        byte[] nameBytes = interfaceName.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (nameBytes.length == 0 || nameBytes.length >= LibC.IFNAMSIZ || !interfaceName.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("a Linux interface name has 1 to 15 characters of [A-Za-z0-9_.-], not '" + interfaceName + "'");
        }
        if (address.isGroup() || address.isZero()) {
            throw new IllegalArgumentException(address + " cannot be a station address");
        }
        int fd;
        try {
            fd = LibC.open("/dev/net/tun", LibC.O_RDWR | LibC.O_NONBLOCK);
        } catch (LastErrorException e) {
            throw new IOException("cannot open /dev/net/tun: " + LibC.strerror(e.getErrorCode())
                    + " (TAP devices need the tun module and root or CAP_NET_ADMIN)", e);
        }
        // struct ifreq: the name (IFNAMSIZ bytes), then the flags (a short) in the union.
        Memory ifreq = new Memory(40);
        ifreq.clear();
        ifreq.write(0, nameBytes, 0, nameBytes.length);
        ifreq.setShort(LibC.IFNAMSIZ, (short) (LibC.IFF_TAP | LibC.IFF_NO_PI));
        try {
            LibC.ioctl(fd, LibC.TUNSETIFF, ifreq);
        } catch (LastErrorException e) {
            LibC.close(fd);
            throw new IOException("cannot create TAP interface " + interfaceName + ": " + LibC.strerror(e.getErrorCode())
                    + (e.getErrorCode() == 1 ? " (needs root or CAP_NET_ADMIN)" : ""), e);
        }
        TapDevice tap = new TapDevice(interfaceName, address, fd);
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
            if (n < EthernetHeader.LENGTH) {
                receive.drop();
                continue;
            }
            byte[] frame = new byte[n];
            buffer.read(0, frame, 0, n);
            MacAddress destination = MacAddress.of(frame, 0);
            if (!promiscuous && !destination.isGroup() && !destination.equals(address)) {
                rxFiltered.incrementAndGet();
                continue;
            }
            receive.deliver(frame);
        }
        return true;
    }

    private void stopReading(int errno) {
        if (!closed) {
            LOG.warn("{}: read failed ({}); the device stops receiving", name, LibC.strerror(errno));
        }
    }

    @Override
    public void send(byte[] frame) throws IOException {
        NetDevice.checkFrame(frame, mtu());
        if (closed) {
            throw new IOException(name + " is closed");
        }
        Memory out = writeBuffer.get();
        out.write(0, frame, 0, frame.length);
        long n = LibC.write(fd, out, frame.length);
        if (n != frame.length) {
            txDropped.incrementAndGet();
            throw new IOException(name + (n < 0 ? ": write failed: " + LibC.strerror(Native.getLastError())
                    : ": wrote " + n + " of " + frame.length + " bytes"));
        }
        txFrames.incrementAndGet();
        txBytes.addAndGet(frame.length);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public MacAddress macAddress() {
        return address;
    }

    @Override
    public int mtu() {
        return EthernetHeader.MTU;
    }

    @Override
    public boolean linkUp() {
        return !closed;
    }

    @Override
    public void setHandler(FrameHandler handler) {
        receive.setHandler(handler);
    }

    @Override
    public DeviceStatistics statistics() {
        return new DeviceStatistics(txFrames.get(), txBytes.get(), receive.frames(), receive.bytes(), txDropped.get(), receive.dropped());
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
