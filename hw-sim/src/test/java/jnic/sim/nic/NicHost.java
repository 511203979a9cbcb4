package jnic.sim.nic;

import static jnic.sim.nic.NicRegisterMap.*;

import java.util.ArrayList;
import java.util.List;
import jnic.sim.World;

/**
 * A testbench's host for one NIC station of a world: the register-level steps of docs/registers.md
 * written plainly (reset, self-test, enable, queue a frame, drain the receive ring), so tests read
 * as the behaviour they check. The real driver lives in the driver module; this one is the
 * hardware's testbench and knows nothing beyond the register map.
 */
final class NicHost {
    /** A received frame and its descriptor bits. */
    record Received(byte[] frame, int descriptor) {}

    final World world;
    final int station;
    final int txSlots;
    final int rxSlots;
    final int slotBytes;

    NicHost(World world, int station) {
        this.world = world;
        this.station = station;
        int config = read(CONFIG);
        txSlots = config & 0xFF;
        rxSlots = (config >>> 8) & 0xFF;
        slotBytes = 1 << ((config >>> 16) & 0xFF);
    }

    int read(int register) {
        return world.busRead(station, register);
    }

    void write(int register, int value) {
        world.busWrite(station, register, value);
    }

    boolean status(int bit) {
        return (read(STATUS) >>> bit & 1) != 0;
    }

    /** Soft reset, then waits until the address ROM has been read again. */
    void reset() {
        write(CONTROL, 1 << CONTROL_RESET);
        for (int i = 0; i < 100 && status(STATUS_ROM_LOADING); i++) {
            world.run(10);
        }
    }

    /** Runs the self-test to its end (by its interrupt); returns STATUS afterwards. */
    int selfTest() {
        write(INT_MASK, 1 << INT_SELF_TEST_DONE);
        write(CONTROL, 1 << CONTROL_SELF_TEST);
        long mask = world.runUntilInterrupt(1_000_000);
        if ((mask & (1L << station)) == 0) {
            throw new AssertionError("no self-test interrupt from station " + station);
        }
        write(INT_STATUS, 1 << INT_SELF_TEST_DONE);
        write(INT_MASK, 0);
        return read(STATUS);
    }

    byte[] macAddress() {
        return addressOf(read(MAC_LOW), read(MAC_HIGH));
    }

    byte[] romAddress() {
        return addressOf(read(ROM_MAC_LOW), read(ROM_MAC_HIGH));
    }

    static byte[] addressOf(int low, int high) {
        byte[] a = new byte[6];
        for (int i = 0; i < 4; i++) {
            a[i] = (byte) (low >>> (8 * i));
        }
        a[4] = (byte) high;
        a[5] = (byte) (high >>> 8);
        return a;
    }

    /** Enables transmit and receive (and the given extra CONTROL bits) with the given interrupts. */
    void enable(int extraControl, int interruptMask) {
        write(INT_MASK, interruptMask);
        write(CONTROL, 1 << CONTROL_TX_ENABLE | 1 << CONTROL_RX_ENABLE | extraControl);
    }

    int txQueued() {
        int ring = read(TX_RING);
        return ((ring >>> 8) - ring) & 0xFF & (2 * txSlots - 1);
    }

    /** Copies a frame (no FCS) into the next transmit slot and queues it; false if the ring is full. */
    boolean send(byte[] frame) {
        int ring = read(TX_RING);
        int head = ring & 0xFF;
        int tail = (ring >>> 8) & 0xFF;
        if (((tail - head) & (2 * txSlots - 1)) == txSlots) {
            return false;
        }
        int slot = tail % txSlots;
        world.busWrite(station, TX_BUFFER + slot * slotBytes, words(frame));
        write(TX_COMMAND, frame.length);
        return true;
    }

    /** Takes every frame waiting in the receive ring and frees their slots. */
    List<Received> receiveAll() {
        List<Received> frames = new ArrayList<>();
        int ring = read(RX_RING);
        int head = ring & 0xFF;
        int tail = (ring >>> 8) & 0xFF;
        int[] descriptors = world.busRead(station, RX_DESCRIPTORS, rxSlots);
        for (int p = head; p != tail; p = (p + 1) & (2 * rxSlots - 1)) {
            int slot = p % rxSlots;
            int descriptor = descriptors[slot];
            int length = descriptor & DESCRIPTOR_LENGTH_MASK;
            int[] w = world.busRead(station, RX_BUFFER + slot * slotBytes, (length + 3) / 4);
            frames.add(new Received(bytes(w, length), descriptor));
        }
        write(RX_RING, tail);
        return frames;
    }

    long counter(Counter c) {
        return read(c.offset()) & 0xFFFFFFFFL;
    }

    /** Reads INT_STATUS and acknowledges what it found. */
    int acknowledge() {
        int pending = read(INT_STATUS);
        if (pending != 0) {
            write(INT_STATUS, pending);
        }
        return pending;
    }

    static int[] words(byte[] frame) {
        int[] w = new int[(frame.length + 3) / 4];
        for (int i = 0; i < frame.length; i++) {
            w[i / 4] |= (frame[i] & 0xFF) << (8 * (i % 4));
        }
        return w;
    }

    static byte[] bytes(int[] words, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (words[i / 4] >>> (8 * (i % 4)));
        }
        return b;
    }
}
