package jnic.sim.nic;

import static jnic.sim.nic.NicRegisterMap.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jnic.sim.Medium;
import jnic.sim.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The register file, the address ROM, interrupts and the self-test of one NIC (docs/registers.md). */
class NicRegisterTest {
    static final byte[] ADDRESS = {0x02, 0x11, 0x22, 0x33, 0x44, 0x55};

    @Test
    void identityAndConfigurationReadAsDocumented() {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            NicHost host = new NicHost(w, 0);
            assertEquals(0x4A4E4943, host.read(ID));
            assertEquals(4, host.txSlots);
            assertEquals(8, host.rxSlots);
            assertEquals(2048, host.slotBytes);
            assertEquals(0, host.read(CONFIG) >>> 24, "fast build");
            assertEquals(MAX_LENGTH_RESET, host.read(MAX_LENGTH));
            assertEquals(0, host.read(CONTROL));
            assertEquals(0, host.read(INT_STATUS));
        }
    }

    @Test
    void theStationAddressComesFromTheRomAtResetAndIsWritable() {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            NicHost host = new NicHost(w, 1);
            assertArrayEquals(
                    new byte[] {0x02, 0x4A, 0x4E, 0x49, 0x43, 2}, host.romAddress(), "station 1's default ROM");
            assertArrayEquals(host.romAddress(), host.macAddress());

            w.addressRom(1, ADDRESS, false);
            host.reset();
            assertArrayEquals(ADDRESS, host.romAddress());
            assertArrayEquals(ADDRESS, host.macAddress(), "loaded into the MAC at reset");

            host.write(MAC_LOW, 0xDDCCBBAA);
            host.write(MAC_HIGH, 0x0000FFEE);
            assertArrayEquals(
                    new byte[] {(byte) 0xAA, (byte) 0xBB, (byte) 0xCC, (byte) 0xDD, (byte) 0xEE, (byte) 0xFF},
                    host.macAddress());
            assertArrayEquals(ADDRESS, host.romAddress(), "the ROM is read-only");
            host.write(ROM_MAC_LOW, 0);
            assertArrayEquals(ADDRESS, host.romAddress());

            host.reset();
            assertArrayEquals(ADDRESS, host.macAddress(), "a soft reset reloads the ROM's address");
        }
    }

    @Test
    void softResetRestoresEveryRegister() {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            NicHost host = new NicHost(w, 0);
            host.write(CONTROL, 0b111110);
            host.write(INT_MASK, 0x1F);
            host.write(HASH_LOW, -1);
            host.write(HASH_HIGH, -1);
            host.write(MAX_LENGTH, 1000);
            assertEquals(0b111110, host.read(CONTROL));
            assertEquals(-1, host.read(HASH_HIGH));
            host.reset();
            assertEquals(0, host.read(CONTROL));
            assertEquals(0, host.read(INT_MASK));
            assertEquals(0, host.read(HASH_LOW));
            assertEquals(0, host.read(HASH_HIGH));
            assertEquals(MAX_LENGTH_RESET, host.read(MAX_LENGTH));
        }
    }

    @Test
    void badTxCommandsAreRefusedWithAnInterruptAndCounted() {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            NicHost host = new NicHost(w, 0);
            host.enable(0, 1 << INT_TX_ERROR);
            host.write(TX_COMMAND, 0);
            assertEquals(1L, w.runUntilInterrupt(10) & 1, "interrupt line raised");
            assertEquals(1 << INT_TX_ERROR, host.read(INT_STATUS));
            host.write(TX_COMMAND, host.slotBytes + 1);
            assertEquals(2, host.counter(Counter.TX_ERRORS));
            assertEquals(0, host.read(TX_RING), "nothing queued");

            host.write(INT_STATUS, 1 << INT_TX_ERROR); // write 1 to clear
            assertEquals(0, host.read(INT_STATUS));
            assertEquals(0L, w.runUntilInterrupt(10), "line low again");
            host.write(STATS_CLEAR, 0);
            assertEquals(0, host.counter(Counter.TX_ERRORS));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NicFast", "NicPhy"})
    void selfTestPassesOnAHealthyAdapter(String top) {
        try (World w = World.create(top, 2, Medium.CABLE)) {
            NicHost host = new NicHost(w, 0);
            long before = w.cycles();
            int status = host.selfTest();
            assertEquals(1 << STATUS_SELF_TEST_PASSED, status & 0x1F, "status " + Integer.toBinaryString(status));
            // Two write and two read passes over the larger memory (the receive ring's 4096 words).
            // In the adapter's own clocks: the phy build's logic runs on the MII clock, 4 world clocks.
            long took = (w.cycles() - before) / (top.equals("NicPhy") ? 4 : 1);
            assertTrue(took > 4 * 4096, "it walked the whole buffer memory");
            assertTrue(took < 17_000, "as long as docs/registers.md says: " + took);
            assertEquals(0, host.read(TX_RING), "rings left empty");
            assertEquals(0, host.read(RX_RING));
            assertEquals(0, host.counter(Counter.TX_FRAMES), "the test frame is not counted");
            assertEquals(0, w.framesCaptured(), "nothing reached the line");
        }
    }

    @Test
    void selfTestFindsAStuckMemoryBit() {
        // The stuck bit also corrupts the loopback frame, which is read from the same memory.
        assertSelfTestFails(1, 1 << STATUS_MEMORY_FAILED | 1 << STATUS_LOOPBACK_FAILED);
    }

    @Test
    void selfTestFindsABrokenLoopbackPath() {
        assertSelfTestFails(2, 1 << STATUS_LOOPBACK_FAILED);
    }

    @Test
    void selfTestFindsABadRomChecksum() {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            w.addressRom(0, ADDRESS, true);
            int status = new NicHost(w, 0).selfTest();
            assertEquals(1 << STATUS_ROM_FAILED, status & 0x1F, "status " + Integer.toBinaryString(status));
        }
    }

    private static void assertSelfTestFails(int fault, int expectedStatus) {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            w.station(0).set("faultInject", fault);
            NicHost host = new NicHost(w, 0);
            int status = host.selfTest();
            assertEquals(expectedStatus, status & 0x1F, "status " + Integer.toBinaryString(status));
            w.station(0).set("faultInject", 0);
            assertEquals(1 << STATUS_SELF_TEST_PASSED, host.selfTest() & 0x1F, "passes once the fault is gone");
        }
    }

    @Test
    void busMisuseIsRefusedClearly() {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            assertThrows(IllegalArgumentException.class, () -> w.busRead(0, 2, 1), "unaligned");
            assertThrows(IllegalArgumentException.class, () -> w.busRead(5, 0, 1), "no station 5");
            assertThrows(IllegalArgumentException.class, () -> w.busRead(0, 0x3FFFC, 2), "past the end");
            assertThrows(IllegalArgumentException.class, () -> w.addressRom(0, new byte[5], false));
            IllegalArgumentException vcd = assertThrows(
                    IllegalArgumentException.class,
                    () -> w.traceVcd(0, java.nio.file.Path.of("/nonexistent-dir/x.vcd"), 0, 10));
            assertTrue(vcd.getMessage().contains("cannot write VCD"), vcd.getMessage());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> w.traceVcd(0, java.nio.file.Path.of("x.vcd"), 10, 10),
                    "empty window");
            assertThrows(IllegalArgumentException.class, () -> w.propagationDelay(0));
            w.run(1);
            IllegalArgumentException late = assertThrows(
                    IllegalArgumentException.class,
                    () -> w.traceVcd(1, java.nio.file.Path.of("x.vcd"), 10, 20),
                    "station 1 was built without tracing and the world has run");
            assertTrue(late.getMessage().contains("without tracing"), late.getMessage());
            assertThrows(IllegalArgumentException.class, () -> w.makeTraceable(1), "too late to rebuild");
        }
        try (World w = World.create("MacFast", 2, Medium.CABLE)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.busRead(0, 0, 1));
            assertTrue(e.getMessage().contains("no host bus"), e.getMessage());
        }
    }
}
