package jnic.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The generic model engine: lookup errors, and the timing of drivers and recorders. */
class ModelTest {

    @Test
    void everyGeneratedTopIsInTheLibrary() {
        assertTrue(
                Model.tops().containsAll(java.util.List.of("Crc32W8", "Crc32W64", "MacTx")),
                Model.tops().toString());
    }

    @Test
    void unknownTopsAndPortsAreClearErrors() {
        IllegalArgumentException top = assertThrows(IllegalArgumentException.class, () -> Model.create("NoSuchTop"));
        assertTrue(top.getMessage().contains("NoSuchTop") && top.getMessage().contains("MacTx"), top.getMessage());
        try (Model m = Model.create("Crc32W8")) {
            IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> m.get("nope"));
            assertTrue(port.getMessage().contains("nope"), port.getMessage());
            assertThrows(IllegalArgumentException.class, () -> m.set("crc", 1), "outputs cannot be set");
            assertThrows(IllegalArgumentException.class, () -> m.source("crc"), "no such stream");
        }
    }

    @Test
    void driversApplyOneValuePerCycleAndRecordersSampleBeforeTheEdge() {
        byte[] message = "driven one byte per clock".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int n = message.length;
        long[] clear = new long[n + 2];
        long[] valid = new long[n + 2];
        long[] data = new long[n + 2];
        clear[0] = 1; // the clear presets the register; the bytes follow it
        for (int i = 0; i < n; i++) {
            valid[i + 1] = 1;
            data[i + 1] = message[i] & 0xFF;
        }
        try (Model m = Model.create("Crc32W8")) {
            m.set("byteEnable", 1);
            m.drive("clear", clear);
            m.drive("valid", valid);
            m.drive("data", data);
            Model.Recorder crc = m.record("crc");
            assertEquals(n + 2, m.run(n + 2));
            long[] samples = crc.take();
            assertEquals(n + 2, samples.length);
            // Sampled before each edge: on cycle i + 1 the register holds the CRC of the first i bytes.
            for (int i = 0; i <= n; i++) {
                CRC32 reference = new CRC32();
                reference.update(message, 0, i);
                assertEquals(reference.getValue(), samples[i + 1], "after " + i + " bytes");
            }
            assertEquals(0, crc.take().length, "take() moves the samples out");
        }
    }
}
