package jnic.driver.sim;

import static jnic.sim.nic.NicRegisterMap.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import jnic.driver.AbstractNetDevice;
import jnic.driver.DeviceStatistics;
import jnic.driver.NetDevice;
import jnic.driver.trace.TraceLayer;
import jnic.driver.trace.Tracer;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.MacAddress;
import jnic.sim.Medium;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LAN driver of one simulated jnic adapter, programmed only through its host bus as
 * docs/registers.md describes. Opened by {@link SimLan#open}, which runs the start-up of an
 * adapter (each step logged at debug level):
 * <ol>
 * <li>reset, check the adapter's identity and read its configuration;</li>
 * <li>run the hardware self-test and fail with the reasons if it fails;</li>
 * <li>read the station address from the ROM registers (or load a configured one into the MAC);</li>
 * <li>program the receive filter: multicast hash from the joined groups, promiscuous on request;</li>
 * <li>enable the interrupts, then transmit and receive (half duplex on a hub).</li>
 * </ol>
 *
 * <p>Transmit: {@link #send} copies the frame into a bounded software queue; on the loop it is
 * copied into a free slot of the adapter's transmit buffer and the TX command written, in one
 * native call with any other frames that fit. When the queue is full, a send from another thread
 * waits up to the configured timeout and one on the loop fails at once, with an
 * {@link IOException} either way: a frame is never dropped silently.
 *
 * <p>Receive: when the adapter's interrupt line is high, the world's run call itself reads and
 * acknowledges the interrupt status with the ring pointers and descriptors (the
 * {@link #interruptPrologue}); the handler then copies out every waiting frame, frees their slots,
 * refills the transmit ring and looks again, one call per round, until the ring stays empty; each
 * frame goes to the handler. Frames that arrive meanwhile are taken in the same service, so
 * interrupts coalesce under load, and a frame costs at most two native calls.
 */
public final class SimNic extends AbstractNetDevice {
    private static final Logger LOG = LoggerFactory.getLogger(SimNic.class);
    private static final int ALL_INTERRUPTS = (1 << INT_BITS) - 1;
    private static final int BASE_MASK = 1 << INT_RX_READY | 1 << INT_RX_OVERFLOW | 1 << INT_TX_ERROR;
    /** World clocks per clock of the adapter's logic: the phy build's runs on the MII clock (docs/registers.md). */
    private static final int PHY_CLOCKS_PER_LOGIC_CLOCK = 4;

    /** The self-test takes about 530 000 world clocks on the phy build (16 500 of its MII clocks); allow plenty. */
    private static final long SELF_TEST_LIMIT_CYCLES = 2_000_000;

    /**
     * Driver settings: receive everything ({@code promiscuous}); an address to load into the MAC
     * instead of the ROM's ({@code address}, null to keep the ROM's); the multicast groups to
     * receive; the software transmit queue's length in frames; how long a send from outside the
     * loop waits for room.
     */
    public record Config(
            boolean promiscuous,
            MacAddress address,
            Set<MacAddress> multicastGroups,
            int transmitQueueFrames,
            long sendTimeoutMillis,
            long interruptHoldoffNanos) {
        public Config {
            if (interruptHoldoffNanos < 0) {
                throw new IllegalArgumentException("an interrupt holdoff cannot be negative: " + interruptHoldoffNanos);
            }
            multicastGroups = Set.copyOf(multicastGroups);
            for (MacAddress g : multicastGroups) {
                if (!g.isGroup()) {
                    throw new IllegalArgumentException(g + " is not a group address");
                }
            }
            if (transmitQueueFrames < 1) {
                throw new IllegalArgumentException("the transmit queue needs room for at least one frame");
            }
            if (address != null && (address.isGroup() || address.isZero())) {
                throw new IllegalArgumentException(address + " cannot be a station address");
            }
        }

        public static Config defaults() {
            return new Config(false, null, Set.of(), 256, 5_000, 0);
        }

        public Config withPromiscuous(boolean on) {
            return new Config(
                    on, address, multicastGroups, transmitQueueFrames, sendTimeoutMillis, interruptHoldoffNanos);
        }

        public Config withAddress(MacAddress a) {
            return new Config(
                    promiscuous, a, multicastGroups, transmitQueueFrames, sendTimeoutMillis, interruptHoldoffNanos);
        }

        public Config withMulticastGroups(Set<MacAddress> groups) {
            return new Config(
                    promiscuous, address, groups, transmitQueueFrames, sendTimeoutMillis, interruptHoldoffNanos);
        }

        public Config withTransmitQueue(int frames, long timeoutMillis) {
            return new Config(promiscuous, address, multicastGroups, frames, timeoutMillis, interruptHoldoffNanos);
        }

        /**
         * Interrupt moderation: after each acknowledgement the adapter holds its interrupt line low
         * this long (INT_HOLDOFF, rounded up to the adapter's clock, at most 65 535 of them), so
         * one interrupt covers the frames of that time. 0 (the default) interrupts for every
         * event; keep it shorter than the receive ring takes to fill.
         */
        public Config withInterruptHoldoff(long nanos) {
            return new Config(promiscuous, address, multicastGroups, transmitQueueFrames, sendTimeoutMillis, nanos);
        }
    }

    private final SimLan lan;
    private final int station;
    private final Config config;
    private boolean phyBuild;
    private final Set<MacAddress> groups = new LinkedHashSet<>();
    private int txSlots;
    private int rxSlots;
    private int slotBytes;
    private BusBatch batch;

    // Ring state as the driver knows it (pointers run modulo 2 x slots, docs/registers.md).
    private int txHead;
    private int txTail;
    private int rxHead;
    private int rxTail;
    private int[] descriptors;
    private int interruptMask;

    private final ArrayDeque<byte[]> txQueue = new ArrayDeque<>();
    private final ReentrantLock txLock = new ReentrantLock();
    private final Condition txSpace = txLock.newCondition();

    private volatile boolean open;
    private volatile long txFrames;
    private volatile long txBytes;
    private volatile long txDropped;
    private volatile long interrupts;
    private final CounterExtension counters = new CounterExtension(Counter.values().length);
    private long countersReadAt;
    /** How often, in simulated time, the interrupt handler reads the counters at least: well within a wrap. */
    private static final long COUNTER_READ_INTERVAL = 60_000_000_000L;

    private long txErrorEvents;
    private long rxOverflowEvents;
    private volatile Tracer tracer = Tracer.OFF;

    SimNic(SimLan lan, int station, Config config) {
        super("sim" + station, null);
        this.lan = lan;
        this.station = station;
        this.config = config;
        groups.addAll(config.multicastGroups());
    }

    // ---- start-up ----

    /**
     * The start-up sequence of docs/registers.md; the loop is held by the caller. Each step is
     * logged and told to the tracer (set before by {@link SimLan#open(int, Config, Tracer)}).
     */
    void initialise() {
        BusBatch b = new BusBatch(8, 64);
        b.write(CONTROL, 1 << CONTROL_RESET);
        int id = b.read(ID, 2);
        b.run(lan, station);
        if (b.word(id) != ID_VALUE) {
            fail(String.format(
                    "station %d is not a jnic adapter: ID reads 0x%08X, not 0x%08X", station, b.word(id), ID_VALUE));
        }
        int configWord = b.word(id + 1);
        phyBuild = (configWord >>> 24) == 1;
        txSlots = configWord & 0xFF;
        rxSlots = configWord >>> 8 & 0xFF;
        slotBytes = 1 << (configWord >>> 16 & 0xFF);
        startupStep(String.format(
                "start-up: writes CONTROL.RESET (the registers, both rings and the MAC back to their reset state;"
                        + " the adapter reads its address ROM again); ID reads 0x%08X, a jnic adapter; CONFIG: %s build,"
                        + " %d transmit and %d receive slots of %d bytes",
                b.word(id), phyBuild ? "phy (Manchester)" : "fast", txSlots, rxSlots, slotBytes));
        waitForRom(b);

        b.clear();
        b.write(INT_MASK, 1 << INT_SELF_TEST_DONE);
        b.write(CONTROL, 1 << CONTROL_SELF_TEST);
        b.run(lan, station);
        long started = lan.cycles();
        startupStep("start-up: writes CONTROL.SELF_TEST and waits for its interrupt: the adapter writes and reads back"
                + " every word of both buffer memories, loops a 64-byte test frame from transmit slot 0 through the MAC"
                + (phyBuild ? ", the MII and the Manchester encoder and decoder" : "")
                + " back into itself, and checks the ROM's checksum");
        for (; ; ) {
            long left = SELF_TEST_LIMIT_CYCLES - (lan.cycles() - started);
            if (left <= 0) {
                fail("station " + station + ": the self-test did not finish within " + SELF_TEST_LIMIT_CYCLES
                        + " clocks");
            }
            long mask = lan.runUntilInterrupt(left);
            if ((mask >>> station & 1) != 0) {
                break;
            }
            lan.serviceInterrupts(mask, station, false);
        }
        b.clear();
        int status = b.read(STATUS, 1);
        b.write(INT_STATUS, 1 << INT_SELF_TEST_DONE);
        b.write(INT_MASK, 0);
        b.run(lan, station);
        checkSelfTest(b.word(status));
        long testClocks = lan.cycles() - started;
        startupStep(String.format(
                "start-up: the self-test passed in %.2f ms (%d clocks of the line; STATUS = 0x%02X: SELF_TEST_PASSED)",
                testClocks * lan.clockPeriodPs() / 1e9, testClocks, b.word(status)));

        b.clear();
        int rom = b.read(ROM_MAC_LOW, 2);
        b.run(lan, station);
        MacAddress romAddress = addressOf(b.word(rom), b.word(rom + 1));
        if (romAddress.isGroup() || romAddress.isZero()) {
            fail("station " + station + ": the address ROM holds " + romAddress + ", which is not a station address");
        }
        setMacAddress(config.address() == null ? romAddress : config.address());
        startupStep("start-up: the address ROM reads " + romAddress + " (ROM_MAC_LOW/HIGH), the station address"
                + (config.address() == null
                        ? " this adapter answers to"
                        : "; the driver loads " + macAddress() + " into the MAC in its place"));
        b.clear();
        byte[] a = macAddress().toBytes();
        b.write(
                MAC_LOW,
                (a[0] & 0xFF) | (a[1] & 0xFF) << 8 | (a[2] & 0xFF) << 16 | (a[3] & 0xFF) << 24,
                (a[4] & 0xFF) | (a[5] & 0xFF) << 8);
        long hash = multicastHash(groups);
        b.write(HASH_LOW, (int) hash, (int) (hash >>> 32));
        interruptMask = BASE_MASK;
        b.write(INT_MASK, interruptMask);
        int holdoff = holdoffClocks(config.interruptHoldoffNanos());
        b.write(INT_HOLDOFF, holdoff);
        boolean hub = lan.options().mediumOf(station) == Medium.HUB;
        b.write(
                CONTROL,
                1 << CONTROL_TX_ENABLE
                        | 1 << CONTROL_RX_ENABLE
                        | (hub ? 1 << CONTROL_HALF_DUPLEX : 0)
                        | (config.promiscuous() ? 1 << CONTROL_PROMISCUOUS : 0));
        b.run(lan, station);
        startupStep(String.format(
                "start-up: receive filter: frames to %s, to broadcast%s%s (MAC_LOW/HIGH, HASH_LOW/HIGH = 0x%016X)",
                macAddress(),
                groups.isEmpty() ? ", no multicast group" : " and to the multicast groups " + groups,
                config.promiscuous() ? ", and every other frame (promiscuous)" : "",
                hash));
        startupStep(String.format(
                "start-up: interrupt mask INT_MASK = 0x%02X (%s)%s; enable: CONTROL = TX_ENABLE | RX_ENABLE%s, %s",
                interruptMask,
                interruptNames(interruptMask),
                holdoff == 0 ? "" : ", holdoff INT_HOLDOFF = " + holdoff + " clocks",
                hub ? " | HALF_DUPLEX" : "",
                hub
                        ? "half duplex (IEEE 802.3 clause 4.2.3.2: on a hub, with carrier sense and collisions)"
                        : "full duplex (a cable or a switch port: no carrier sense, no collisions)"));

        descriptors = new int[rxSlots];
        // A service round copies at most a full receive ring and refills the whole transmit ring.
        batch = new BusBatch(rxSlots + 2 * txSlots + 8, (rxSlots + txSlots) * slotBytes / 4 + rxSlots + 16);
        open = true;
    }

    private void startupStep(String text) {
        LOG.debug("{}: {}", name(), text);
        if (tracer.enabled()) {
            tracer.event(TraceLayer.DRIVER, text);
        }
    }

    /** A holdoff in the adapter's clocks: rounded up, at most INT_HOLDOFF's 16 bits. */
    private int holdoffClocks(long nanos) {
        long logicPs = lan.clockPeriodPs() * (phyBuild ? PHY_CLOCKS_PER_LOGIC_CLOCK : 1);
        return (int) Math.min(0xFFFF, (Math.multiplyExact(nanos, 1000) + logicPs - 1) / logicPs);
    }

    private void waitForRom(BusBatch b) {
        for (int tries = 0; ; tries++) {
            b.clear();
            int status = b.read(STATUS, 1);
            b.run(lan, station);
            if ((b.word(status) >>> STATUS_ROM_LOADING & 1) == 0) {
                return;
            }
            if (tries == 100) {
                fail("station " + station + ": the address ROM is still loading after reset");
            }
            lan.runCycles(4);
        }
    }

    private void checkSelfTest(int status) {
        if ((status >>> STATUS_SELF_TEST_PASSED & 1) != 0) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        if ((status >>> STATUS_MEMORY_FAILED & 1) != 0) {
            reasons.add("buffer memory failed its march test");
        }
        if ((status >>> STATUS_LOOPBACK_FAILED & 1) != 0) {
            reasons.add("the test frame did not come back whole through internal loopback");
        }
        if ((status >>> STATUS_ROM_FAILED & 1) != 0) {
            reasons.add("the address ROM's checksum is wrong");
        }
        fail("station " + station + ": hardware self-test failed: "
                + (reasons.isEmpty() ? String.format("STATUS 0x%02X", status) : String.join("; ", reasons)));
    }

    private static void fail(String message) {
        LOG.debug(message);
        throw new SimLan.NicInitFailure(new NicInitException(message));
    }

    static MacAddress addressOf(int low, int high) {
        return MacAddress.of(
                (byte) low, (byte) (low >>> 8), (byte) (low >>> 16), (byte) (low >>> 24), (byte) high, (byte)
                        (high >>> 8));
    }

    /** The 64-bin hash of docs/registers.md: bin = bits 31..26 of the address's CRC-32 (java.util.zip.CRC32's value). */
    static long multicastHash(Set<MacAddress> groups) {
        long hash = 0;
        for (MacAddress g : groups) {
            CRC32 crc = new CRC32();
            crc.update(g.toBytes());
            int bin = (int) (crc.getValue() >>> 26);
            hash |= 1L << bin;
        }
        return hash;
    }

    // ---- transmit ----

    @Override
    public void send(byte[] frame) throws IOException {
        NetDevice.checkFrame(frame, EthernetFrame.MTU);
        byte[] copy = frame.clone();
        txLock.lock();
        try {
            if (!open) {
                throw new IOException(name() + " is closed");
            }
            if (txQueue.size() >= config.transmitQueueFrames()) {
                if (lan.inLoop()) {
                    txDropped++;
                    throw new IOException(
                            name() + ": transmit queue full (" + txQueue.size() + " frames waiting for the adapter)");
                }
                long waitNanos = TimeUnit.MILLISECONDS.toNanos(config.sendTimeoutMillis());
                while (txQueue.size() >= config.transmitQueueFrames() && open) {
                    if (waitNanos <= 0) {
                        txDropped++;
                        throw new IOException(
                                name() + ": transmit queue still full after " + config.sendTimeoutMillis() + " ms");
                    }
                    waitNanos = txSpace.awaitNanos(waitNanos);
                }
                if (!open) {
                    throw new IOException(name() + " is closed");
                }
            }
            txQueue.add(copy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name() + ": interrupted while waiting for room to send", e);
        } finally {
            txLock.unlock();
        }
        if (lan.inLoop()) {
            flushTransmitQueue();
        } else {
            lan.transmitQueued();
        }
    }

    /** Copies queued frames into free transmit slots (one native call); on the loop. Returns whether any went. */
    boolean flushTransmitQueue() {
        if (!open || queued() == 0 || freeTxSlots() == 0 && (interruptMask & 1 << INT_TX_DONE) != 0) {
            return false;
        }
        batch.clear();
        int posted = addTransmits(batch);
        int ring = updateMask(batch);
        batch.run(lan, station);
        txHead = batch.word(ring) & 0xFF;
        return posted > 0;
    }

    /** Queues as many waiting frames as there are free slots into {@code b}; returns how many. */
    private int addTransmits(BusBatch b) {
        int posted = 0;
        txLock.lock();
        try {
            while (!txQueue.isEmpty() && freeTxSlots() > 0) {
                byte[] frame = txQueue.poll();
                int slot = txTail % txSlots;
                b.writeBytes(TX_BUFFER + slot * slotBytes, frame);
                b.write(TX_COMMAND, frame.length);
                if (tracer.enabled()) {
                    tracer.event(
                            TraceLayer.DRIVER,
                            String.format(
                                    "copies the %d-byte frame into transmit slot %d of the adapter's buffer memory "
                                            + "(bus address 0x%05X, %d words) and writes TX_COMMAND = %d",
                                    frame.length,
                                    slot,
                                    TX_BUFFER + slot * slotBytes,
                                    (frame.length + 3) / 4,
                                    frame.length));
                }
                txTail = (txTail + 1) & (2 * txSlots - 1);
                txFrames++;
                txBytes += frame.length;
                posted++;
            }
            if (posted > 0) {
                txSpace.signalAll();
            }
        } finally {
            txLock.unlock();
        }
        return posted;
    }

    /**
     * Asks for TX_DONE interrupts only while frames wait for a slot: acknowledges a stale TX_DONE,
     * sets the mask, then reads TX_RING, in that order, so a slot freed in between is not missed.
     * Returns where TX_RING's value will be.
     */
    private int updateMask(BusBatch b) {
        int wanted = BASE_MASK | (queued() > 0 ? 1 << INT_TX_DONE : 0);
        if (wanted != interruptMask) {
            b.write(INT_STATUS, 1 << INT_TX_DONE);
            b.write(INT_MASK, wanted);
            interruptMask = wanted;
        }
        return b.read(TX_RING, 1);
    }

    private int freeTxSlots() {
        return txSlots - ((txTail - txHead) & (2 * txSlots - 1));
    }

    private int queued() {
        txLock.lock();
        try {
            return txQueue.size();
        } finally {
            txLock.unlock();
        }
    }

    /**
     * Frames waiting in the software queue or in the adapter's transmit ring; on the loop. The
     * ring's head is read again when the driver's copy says frames are still in it (TX_DONE is
     * only asked for while frames wait for a slot).
     */
    boolean transmitPending() {
        if (!open) {
            return false;
        }
        if (queued() > 0) {
            return true;
        }
        if (txTail != txHead) {
            batch.clear();
            int ring = batch.read(TX_RING, 1);
            batch.run(lan, station);
            txHead = batch.word(ring) & 0xFF;
        }
        return txTail != txHead;
    }

    // ---- receive: the interrupt handler ----

    /**
     * The interrupt handler's first reads, run by the world as soon as the line is high (see
     * {@link SimLan}): read INT_STATUS and acknowledge everything (the rings, read next, say what
     * the events were about, so none is lost), then TX_RING and RX_RING, then every receive
     * descriptor. The layout {@link #service(ByteBuffer, int)} reads.
     */
    static void interruptPrologue(BusBatch b, int rxSlots) {
        b.read(INT_STATUS, 1);
        b.write(INT_STATUS, ALL_INTERRUPTS);
        b.read(TX_RING, 2);
        b.read(RX_DESCRIPTORS, rxSlots);
    }

    private static final int PROLOGUE_STATUS = 0;
    private static final int PROLOGUE_RINGS = 2;
    private static final int PROLOGUE_DESCRIPTORS = 4;

    int rxSlots() {
        return rxSlots;
    }

    /** The interrupt handler, when the prologue has not been run for it (interrupts taken during another adapter's start-up). */
    void service() {
        if (!open) {
            return;
        }
        batch.clear();
        interruptPrologue(batch, rxSlots);
        batch.run(lan, station);
        service(batch.words(), 0);
    }

    /**
     * The interrupt handler, on the loop, given the prologue's words at word {@code base} of
     * {@code prologue}: note the events, then copy out every waiting frame, free their slots,
     * refill the transmit ring, acknowledge again and re-read the rings, one native call per
     * round, until the receive ring stays empty; then hand the frames to the handler.
     */
    void service(ByteBuffer prologue, int base) {
        if (!open) {
            return;
        }
        interrupts++;
        int events = prologue.getInt(4 * (base + PROLOGUE_STATUS));
        if ((events >>> INT_TX_ERROR & 1) != 0) {
            txErrorEvents++;
            LOG.debug("{}: transmit error event (see the TX_ERRORS counter)", name());
        }
        if ((events >>> INT_RX_OVERFLOW & 1) != 0) {
            rxOverflowEvents++;
            LOG.debug("{}: receive ring overflowed (see the RX_OVERFLOWS counter)", name());
        }
        readRings(prologue, base + PROLOGUE_RINGS, base + PROLOGUE_DESCRIPTORS);
        if (lan.clock().nanos() - countersReadAt >= COUNTER_READ_INTERVAL) {
            readCounters(); // so that no 32-bit counter wraps twice between reads
        }
        if (tracer.enabled()) {
            tracer.event(
                    TraceLayer.DRIVER,
                    String.format(
                            "takes the interrupt: INT_STATUS = 0x%02X (%s), acknowledged; %d frame(s) in the receive ring",
                            events, interruptNames(events), ((rxTail - rxHead) & (2 * rxSlots - 1))));
        }
        List<byte[]> received = new ArrayList<>();
        int[] offsets = new int[rxSlots];
        int[] lengths = new int[rxSlots];
        while (rxTail != rxHead || queued() > 0 && freeTxSlots() > 0) {
            batch.clear();
            int count = 0;
            for (int p = rxHead; p != rxTail; p = (p + 1) & (2 * rxSlots - 1)) {
                int slot = p % rxSlots;
                int length = descriptors[slot] & DESCRIPTOR_LENGTH_MASK;
                lengths[count] = length;
                offsets[count++] = batch.read(RX_BUFFER + slot * slotBytes, (length + 3) / 4);
            }
            if (count > 0) {
                batch.write(RX_RING, rxTail);
            }
            addTransmits(batch);
            updateMask(batch);
            batch.write(INT_STATUS, 1 << INT_RX_READY | 1 << INT_TX_DONE);
            int rings = batch.read(TX_RING, 2);
            int descs = batch.read(RX_DESCRIPTORS, rxSlots);
            batch.run(lan, station);
            for (int i = 0; i < count; i++) {
                received.add(batch.bytes(offsets[i], lengths[i]));
                if (tracer.enabled()) {
                    int slot = (rxHead + i) % rxSlots;
                    tracer.event(
                            TraceLayer.DRIVER,
                            String.format(
                                    "copies a %d-byte frame out of receive slot %d (descriptor 0x%08X: %s; "
                                            + "the adapter stores only frames its address filter passed and whose FCS checked) and frees the slot",
                                    lengths[i], slot, descriptors[slot], addressing(descriptors[slot])));
                }
            }
            rxHead = rxTail;
            readRings(batch.words(), rings, descs);
        }
        for (byte[] frame : received) {
            receive.deliver(frame);
        }
    }

    private static String interruptNames(int events) {
        String[] names = {"TX_DONE", "RX_READY", "RX_OVERFLOW", "TX_ERROR", "SELF_TEST_DONE"};
        List<String> on = new ArrayList<>();
        for (int bit = 0; bit < names.length; bit++) {
            if ((events >>> bit & 1) != 0) {
                on.add(names[bit]);
            }
        }
        return on.isEmpty() ? "none" : String.join(" | ", on);
    }

    private static String addressing(int descriptor) {
        if ((descriptor >>> DESCRIPTOR_BROADCAST & 1) != 0) {
            return "broadcast";
        }
        if ((descriptor >>> DESCRIPTOR_MULTICAST & 1) != 0) {
            return "multicast, its hash bin set";
        }
        return (descriptor >>> DESCRIPTOR_UNICAST & 1) != 0 ? "unicast to our address" : "taken in promiscuous mode";
    }

    /** Narrates this driver's transmit copies, interrupts and receive copies to {@code t} ({@link Tracer#OFF} to stop). */
    public void setTracer(Tracer t) {
        tracer = t == null ? Tracer.OFF : t;
    }

    private void readRings(ByteBuffer words, int rings, int descs) {
        txHead = words.getInt(4 * rings) & 0xFF;
        rxTail = words.getInt(4 * (rings + 1)) >>> 8 & 0xFF;
        for (int i = 0; i < rxSlots; i++) {
            descriptors[i] = words.getInt(4 * (descs + i));
        }
    }

    // ---- NetDevice ----

    public int station() {
        return station;
    }

    @Override
    public boolean linkUp() {
        return open;
    }

    @Override
    public DeviceStatistics statistics() {
        return new DeviceStatistics(txFrames, txBytes, receive.frames(), receive.bytes(), txDropped, receive.dropped());
    }

    /** Interrupts serviced so far (each may have taken many frames). */
    public long interrupts() {
        return interrupts;
    }

    /** TX_ERROR and RX_OVERFLOW events seen by the interrupt handler. */
    public long transmitErrorEvents() {
        return txErrorEvents;
    }

    public long receiveOverflowEvents() {
        return rxOverflowEvents;
    }

    /** The adapter's statistics counters, read over the host bus (32-bit, wrapping). */
    public Map<Counter, Long> hardwareCounters() {
        return lan.drive(() -> {
            long[] totals = readCounters();
            Map<Counter, Long> counters = new EnumMap<>(Counter.class);
            for (Counter c : Counter.values()) {
                counters.put(c, totals[c.ordinal()]);
            }
            return counters;
        });
    }

    /** Reads the 32-bit hardware counters and extends them to 64 bits (see {@link CounterExtension}); on the loop. */
    private long[] readCounters() {
        BusBatch b = new BusBatch(1, Counter.values().length);
        int at = b.read(STATS, Counter.values().length);
        b.run(lan, station);
        int[] raw = new int[Counter.values().length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = b.word(at + i);
        }
        countersReadAt = lan.clock().nanos();
        return counters.update(raw);
    }

    /** Starts receiving frames sent to a multicast group (reprograms the hash filter). */
    public void joinMulticast(MacAddress group) {
        if (!group.isGroup()) {
            throw new IllegalArgumentException(group + " is not a group address");
        }
        lan.drive(() -> {
            groups.add(group);
            writeHash();
            return null;
        });
    }

    public void leaveMulticast(MacAddress group) {
        lan.drive(() -> {
            groups.remove(group);
            writeHash();
            return null;
        });
    }

    public Set<MacAddress> multicastGroups() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(groups));
    }

    private void writeHash() {
        long hash = multicastHash(groups);
        LOG.debug("{}: multicast groups {} (hash {})", name(), groups, Long.toHexString(hash));
        BusBatch b = new BusBatch(1, 2);
        b.write(HASH_LOW, (int) hash, (int) (hash >>> 32));
        b.run(lan, station);
    }

    /** Disables the adapter (receive, transmit, interrupts) and fails sends from now on. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        lan.drive(() -> {
            BusBatch b = new BusBatch(2, 2);
            b.write(INT_MASK, 0);
            b.write(CONTROL, 0);
            b.run(lan, station);
            markClosed();
            lan.detach(station);
            return null;
        });
    }

    void markClosed() {
        txLock.lock();
        try {
            open = false;
            txSpace.signalAll();
        } finally {
            txLock.unlock();
        }
    }
}
