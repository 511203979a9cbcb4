package jnic.driver;

import jnic.net.wire.EthernetFrame;
import jnic.net.wire.MacAddress;

/**
 * A network interface as the stack sees it: it sends Ethernet II frames (destination, source,
 * EtherType, payload; no preamble, no FCS) and hands received ones to a handler. Back ends: the
 * simulated NIC, a Linux TAP device, an in-memory loopback; the stack never knows which.
 *
 * <p>Frames are never shared mutably: {@link #send} copies what it needs before it returns, and
 * each frame given to the handler is a fresh array the handler may keep. {@link #send} is
 * thread-safe.
 */
public interface NetDevice extends AutoCloseable {
    /** Receives frames; called on the device's receive thread (or the caller's, for a pumped device). */
    @FunctionalInterface
    interface FrameHandler {
        void onFrame(byte[] frame);
    }

    String name();

    MacAddress macAddress();

    /** The MTU and the offloads: what the stack may hand this device. */
    DeviceCapabilities capabilities();

    boolean linkUp();

    /**
     * Sends one frame of 14 to 14 + MTU bytes (see {@link #capabilities()}). Throws {@link IllegalArgumentException}
     * for a frame out of those bounds and {@link java.io.IOException} when the device cannot take
     * it (closed, or full past its timeout); a frame is never dropped silently.
     */
    void send(byte[] frame) throws java.io.IOException;

    /**
     * Sends a frame holding an IPv4 datagram with one TCP segment longer than the MTU allows, for
     * the device to cut into segments of {@code segmentSize} data bytes, headers copied and fixed up
     * (sequence numbers, lengths, checksums). The TCP checksum field holds the pseudo-header's
     * folded sum (over the whole segment's length), a partial checksum as Linux leaves it for a TSO
     * NIC: the device computes each segment's checksum. Only for devices whose capabilities have a
     * segmentation offload, and datagrams no longer than it.
     */
    default void sendSegmented(byte[] frame, int segmentSize) throws java.io.IOException {
        throw new UnsupportedOperationException(name() + " has no segmentation offload");
    }

    /** Where received frames go (replacing any earlier handler); null drops them, counted. */
    void setHandler(FrameHandler handler);

    DeviceStatistics statistics();

    @Override
    void close();

    /** The bounds every back end enforces on {@link #send}. */
    static void checkFrame(byte[] frame, int mtu) {
        if (frame.length < EthernetFrame.HEADER_LENGTH || frame.length > EthernetFrame.HEADER_LENGTH + mtu) {
            throw new IllegalArgumentException("a frame has " + EthernetFrame.HEADER_LENGTH + " to "
                    + (EthernetFrame.HEADER_LENGTH + mtu) + " bytes (header + MTU " + mtu + "), not " + frame.length);
        }
    }
}
