package jnic.stack;

import java.io.IOException;
import jnic.driver.DeviceCapabilities;
import jnic.driver.DeviceStatistics;
import jnic.driver.NetDevice;
import jnic.net.wire.MacAddress;

/** A device that passes every call to another; tests override what their device does differently. */
public abstract class ForwardingDevice implements NetDevice {
    protected final NetDevice inner;

    protected ForwardingDevice(NetDevice inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public MacAddress macAddress() {
        return inner.macAddress();
    }

    @Override
    public DeviceCapabilities capabilities() {
        return inner.capabilities();
    }

    @Override
    public boolean linkUp() {
        return inner.linkUp();
    }

    @Override
    public void send(byte[] frame) throws IOException {
        inner.send(frame);
    }

    @Override
    public void sendSegmented(byte[] frame, int segmentSize) throws IOException {
        inner.sendSegmented(frame, segmentSize);
    }

    @Override
    public void setHandler(FrameHandler handler) {
        inner.setHandler(handler);
    }

    @Override
    public DeviceStatistics statistics() {
        return inner.statistics();
    }

    @Override
    public void close() {
        inner.close();
    }
}
