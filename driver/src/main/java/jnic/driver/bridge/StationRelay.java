package jnic.driver.bridge;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import jnic.driver.NetDevice;

/**
 * A station whose host is outside jnic: every frame the host side sends (a Linux TAP device: the
 * kernel's frames) goes out through the station's adapter, and every frame the adapter receives
 * (after its own address filter and FCS check) goes to the host side. So the kernel's packets are
 * framed, FCS-protected, line-coded, filtered and checked by the generated hardware, as if the
 * kernel drove that adapter itself. A frame that finds the other side unable to take it (a full
 * transmit queue, a closed device) is dropped and counted, as a full ring drops it.
 */
public final class StationRelay {
    private final NetDevice host;
    private final NetDevice adapter;
    private final AtomicLong toLine = new AtomicLong();
    private final AtomicLong toHost = new AtomicLong();
    private final AtomicLong toLineDropped = new AtomicLong();
    private final AtomicLong toHostDropped = new AtomicLong();

    /** Joins {@code host} (its frames must fit the adapter's MTU: a TAP device opened without offloads) to {@code adapter}; takes over both receive handlers. */
    public StationRelay(NetDevice host, NetDevice adapter) {
        if (host.capabilities().mtu() > adapter.capabilities().mtu()
                || host.capabilities().segmentationOffload() != 0) {
            throw new IllegalArgumentException(host.name() + " must send frames that fit " + adapter.name()
                    + "'s MTU of " + adapter.capabilities().mtu() + " bytes, with no segmentation offload");
        }
        this.host = host;
        this.adapter = adapter;
        host.setHandler(frame -> relay(frame, adapter, toLine, toLineDropped));
        adapter.setHandler(frame -> relay(frame, host, toHost, toHostDropped));
    }

    private static void relay(byte[] frame, NetDevice to, AtomicLong sent, AtomicLong dropped) {
        try {
            to.send(frame);
            sent.incrementAndGet();
        } catch (IOException | IllegalArgumentException e) {
            dropped.incrementAndGet(); // a full queue, a closed device, or a frame the device cannot send
        }
    }

    public NetDevice host() {
        return host;
    }

    public NetDevice adapter() {
        return adapter;
    }

    /** Frames from the host side put on the line, and those dropped because the adapter could not take them. */
    public long toLine() {
        return toLine.get();
    }

    public long toLineDropped() {
        return toLineDropped.get();
    }

    /** Frames from the line handed to the host side, and those it could not take. */
    public long toHost() {
        return toHost.get();
    }

    public long toHostDropped() {
        return toHostDropped.get();
    }
}
