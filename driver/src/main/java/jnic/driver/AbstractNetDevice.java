package jnic.driver;

import jnic.net.wire.MacAddress;

/**
 * What every {@link NetDevice} back end has the same way: its name, its station address, and the
 * {@link ReceivePath} its received frames take to the handler. A back end adds how it sends, what
 * its link state is, its statistics and, when it has offloads, its capabilities.
 */
public abstract class AbstractNetDevice implements NetDevice {
    private final String name;
    private volatile MacAddress address;
    /** Where received frames go: the handler, or a counted drop. */
    protected final ReceivePath receive;

    /** A device called {@code name} whose address is {@code address} (null until it is known, as a NIC's before its ROM is read). */
    protected AbstractNetDevice(String name, MacAddress address) {
        this.name = name;
        this.address = address;
        this.receive = new ReceivePath(name);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final MacAddress macAddress() {
        return address;
    }

    /** The station address once it is known or changed (a NIC's, read from its ROM at initialisation). */
    protected final void setMacAddress(MacAddress a) {
        address = a;
    }

    /** Standard Ethernet with no offloads, unless the back end says more. */
    @Override
    public DeviceCapabilities capabilities() {
        return DeviceCapabilities.ETHERNET;
    }

    @Override
    public final void setHandler(FrameHandler handler) {
        receive.setHandler(handler);
    }
}
