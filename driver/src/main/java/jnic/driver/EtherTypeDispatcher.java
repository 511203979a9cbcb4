package jnic.driver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;

/**
 * Hands each received frame to the handler registered for its EtherType (0x0800 IPv4, 0x0806
 * ARP, ...). Frames of a type nobody registered, or too short to have one, are counted and
 * dropped. Install it as a device's {@link NetDevice.FrameHandler}.
 */
public final class EtherTypeDispatcher implements NetDevice.FrameHandler {
    private final Map<Integer, NetDevice.FrameHandler> handlers = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> delivered = new ConcurrentHashMap<>();
    private final AtomicLong unknownType = new AtomicLong();
    private final AtomicLong tooShort = new AtomicLong();

    /** Frames of {@code etherType} go to {@code handler} (replacing any earlier one). */
    public EtherTypeDispatcher register(int etherType, NetDevice.FrameHandler handler) {
        if (etherType < EtherType.MIN_TYPE || etherType > 0xFFFF) {
            throw new IllegalArgumentException(
                    String.format("0x%04X is not an EtherType (Ethernet II types are 0x0600 and up)", etherType));
        }
        handlers.put(etherType, handler);
        return this;
    }

    @Override
    public void onFrame(byte[] frame) {
        if (frame.length < EthernetFrame.HEADER_LENGTH) {
            tooShort.incrementAndGet();
            return;
        }
        int type = EthernetFrame.etherType(frame);
        NetDevice.FrameHandler h = handlers.get(type);
        if (h == null) {
            unknownType.incrementAndGet();
            return;
        }
        delivered.computeIfAbsent(type, t -> new AtomicLong()).incrementAndGet();
        h.onFrame(frame);
    }

    /** Frames handed to the handler of {@code etherType}. */
    public long delivered(int etherType) {
        AtomicLong n = delivered.get(etherType);
        return n == null ? 0 : n.get();
    }

    /** Frames dropped because no handler takes their EtherType (802.3 length fields included). */
    public long unknownType() {
        return unknownType.get();
    }

    /** Frames dropped because they are shorter than an Ethernet header. */
    public long tooShort() {
        return tooShort.get();
    }
}
