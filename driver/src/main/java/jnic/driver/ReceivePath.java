package jnic.driver;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receive end every back end shares: the handler, and the rule that a frame with no handler,
 * or whose handler throws, is dropped and counted, never taking the receiving thread down.
 */
public final class ReceivePath {
    private static final Logger LOG = LoggerFactory.getLogger(ReceivePath.class);
    private final String device;
    private volatile NetDevice.FrameHandler handler;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    public ReceivePath(String device) {
        this.device = device;
    }

    public void setHandler(NetDevice.FrameHandler handler) {
        this.handler = handler;
    }

    /** Hands {@code frame} (the handler's to keep) to the handler. */
    public void deliver(byte[] frame) {
        NetDevice.FrameHandler h = handler;
        if (h == null) {
            dropped.incrementAndGet();
            return;
        }
        frames.incrementAndGet();
        bytes.addAndGet(frame.length);
        try {
            h.onFrame(frame);
        } catch (RuntimeException e) {
            dropped.incrementAndGet();
            LOG.warn("{}: the receive handler failed on a {}-byte frame; frame dropped", device, frame.length, e);
        }
    }

    /** A frame dropped before delivery (malformed, or the device closed). */
    public void drop() {
        dropped.incrementAndGet();
    }

    public long frames() {
        return frames.get();
    }

    public long bytes() {
        return bytes.get();
    }

    public long dropped() {
        return dropped.get();
    }
}
