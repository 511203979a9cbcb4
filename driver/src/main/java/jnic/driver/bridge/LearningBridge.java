package jnic.driver.bridge;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import jnic.driver.NetDevice;
import jnic.driver.time.EventLoop;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.MacAddress;

/**
 * A switch: a store-and-forward transparent learning bridge (IEEE 802.1D) whose ports are network
 * devices. Each frame is received whole on one port (a port's adapter has already dropped it if its
 * FCS was wrong), looked up in the {@link ForwardingTable} and sent out of the port it decides, or
 * every other port, through that port's adapter; so on simulated hardware the frame timing on every
 * port is what the generated MAC puts on the line. Each port's adapter queues at most
 * {@link Config#outputQueueFrames()} frames; a frame that finds its output queue full is dropped
 * and counted (tail drop), as a switch with a shared-memory budget per port does.
 *
 * <p>The bridge's work runs on {@code loop}, whose clock ages the table (simulated time on a
 * {@code SimLan}).
 */
public final class LearningBridge {
    /** The ageing time (IEEE 802.1D clause 7.9.2: 300 s by default), the table's size, and each port's output queue. */
    public record Config(Duration ageing, int tableCapacity, int outputQueueFrames) {
        public static final Config DEFAULT = new Config(Duration.ofSeconds(300), 8192, 64);

        public Config {
            if (ageing.isNegative() || ageing.isZero() || tableCapacity < 1 || outputQueueFrames < 1) {
                throw new IllegalArgumentException(
                        "a bridge needs a positive ageing time, table size and output queue, not " + ageing + ", "
                                + tableCapacity + ", " + outputQueueFrames);
            }
        }

        public Config withAgeing(Duration d) {
            return new Config(d, tableCapacity, outputQueueFrames);
        }
    }

    /** One port's counts: frames received, sent out of it, filtered (destination on the port they came from), dropped at a full output queue. */
    public record PortCounters(long received, long sent, long filtered, long queueDrops) {}

    private final String name;
    private final EventLoop loop;
    private final List<NetDevice> ports;
    private final ForwardingTable table;
    private final AtomicLongArray received;
    private final AtomicLongArray sent;
    private final AtomicLongArray filtered;
    private final AtomicLongArray queueDrops;
    private final AtomicLongArray flooded;
    private volatile long malformed;

    /**
     * A bridge between {@code ports} (each the bridge's own adapter on its segment, opened with a
     * transmit queue of {@link Config#outputQueueFrames()} frames and receiving every frame, as a
     * switch port's MAC does); takes over their receive handlers.
     */
    public LearningBridge(String name, EventLoop loop, List<? extends NetDevice> ports, Config config) {
        if (ports.size() < 2) {
            throw new IllegalArgumentException("a bridge joins at least 2 ports, not " + ports.size());
        }
        this.name = name;
        this.loop = loop;
        this.ports = List.copyOf(ports);
        this.table = new ForwardingTable(config.ageing().toNanos(), config.tableCapacity());
        int n = ports.size();
        received = new AtomicLongArray(n);
        sent = new AtomicLongArray(n);
        filtered = new AtomicLongArray(n);
        queueDrops = new AtomicLongArray(n);
        flooded = new AtomicLongArray(n);
        for (int i = 0; i < n; i++) {
            int port = i;
            this.ports.get(i).setHandler(frame -> arrived(port, frame));
        }
    }

    private void arrived(int port, byte[] frame) {
        if (loop.inLoop()) {
            forward(port, frame);
        } else {
            loop.execute(() -> forward(port, frame));
        }
    }

    private void forward(int in, byte[] frame) {
        received.incrementAndGet(in);
        if (frame.length < EthernetFrame.HEADER_LENGTH) {
            malformed++;
            return;
        }
        ForwardingTable.Decision d = table.frame(
                in,
                MacAddress.of(frame, 6),
                MacAddress.of(frame, 0),
                loop.clock().nanos());
        if (d.kind() == ForwardingTable.Decision.Kind.FORWARD) {
            transmit(d.port(), frame);
        } else if (d.kind() == ForwardingTable.Decision.Kind.FILTER) {
            filtered.incrementAndGet(in);
        } else {
            flooded.incrementAndGet(in);
            for (int out = 0; out < ports.size(); out++) {
                if (out != in) {
                    transmit(out, frame);
                }
            }
        }
    }

    private void transmit(int out, byte[] frame) {
        try {
            ports.get(out).send(frame);
            sent.incrementAndGet(out);
        } catch (IOException e) {
            queueDrops.incrementAndGet(out); // the port's output queue is full: tail drop
        }
    }

    public String name() {
        return name;
    }

    public int portCount() {
        return ports.size();
    }

    public PortCounters counters(int port) {
        return new PortCounters(received.get(port), sent.get(port), filtered.get(port), queueDrops.get(port));
    }

    /** Frames that came in on {@code port} and went to every other port (broadcast, multicast, unknown or aged destination). */
    public long flooded(int port) {
        return flooded.get(port);
    }

    /** The port the table knows {@code address} on now, or -1. Loop only. */
    public int portOf(MacAddress address) {
        return table.portOf(address, loop.clock().nanos());
    }

    /** Addresses the table holds now. Loop only. */
    public int tableSize() {
        return table.size(loop.clock().nanos());
    }

    /** Frames too short to hold an Ethernet header. */
    public long malformed() {
        return malformed;
    }
}
