package jnic.driver.loopback;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import jnic.driver.AbstractNetDevice;
import jnic.driver.DeviceStatistics;
import jnic.driver.NetDevice;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.MacAddress;

/** One device on a {@link LoopbackHub}. */
public final class LoopbackDevice extends AbstractNetDevice {
    private final LoopbackHub hub;
    private volatile boolean promiscuous;
    private volatile boolean closed;
    private final AtomicLong txFrames = new AtomicLong();
    private final AtomicLong txBytes = new AtomicLong();

    LoopbackDevice(LoopbackHub hub, String name, MacAddress address) {
        super(name, address);
        this.hub = hub;
    }

    /** The segment this device is on (pump it to move frames). */
    public LoopbackHub hub() {
        return hub;
    }

    @Override
    public boolean linkUp() {
        return !closed;
    }

    /** Takes every frame, whatever its destination (as a NIC in promiscuous mode). */
    public void promiscuous(boolean on) {
        promiscuous = on;
    }

    boolean accepts(MacAddress destination) {
        return !closed && (promiscuous || destination.isGroup() || destination.equals(macAddress()));
    }

    @Override
    public void send(byte[] frame) throws IOException {
        NetDevice.checkFrame(frame, EthernetFrame.MTU);
        if (closed) {
            throw new IOException(name() + " is closed");
        }
        txFrames.incrementAndGet();
        txBytes.addAndGet(frame.length);
        hub.transmit(this, frame); // the hub copies it for each listener before this returns
    }

    /** Hands a frame to the handler; a handler's exception costs that frame only, counted. */
    void deliver(byte[] frame) {
        if (closed) {
            receive.drop();
        } else {
            receive.deliver(frame);
        }
    }

    @Override
    public DeviceStatistics statistics() {
        return new DeviceStatistics(
                txFrames.get(), txBytes.get(), receive.frames(), receive.bytes(), 0, receive.dropped());
    }

    @Override
    public void close() {
        closed = true;
        hub.detach(this);
    }
}
