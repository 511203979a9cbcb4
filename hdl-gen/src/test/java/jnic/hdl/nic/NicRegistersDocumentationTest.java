package jnic.hdl.nic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnic.hdl.mac.MacTx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/registers.md's tables say what {@link NicRegisters} and {@link Statistics.Counter} say: each
 * table row names a constant with its value, and every constant of NicRegisters is in some table.
 * The prose beside the tables (access, reset behaviour, meaning) is the document's own.
 */
class NicRegistersDocumentationTest {
    private static Map<String, List<List<String>>> tables;
    private static Map<String, Integer> constants;
    /** The constants some table has shown to be documented. */
    private static final TreeSet<String> documented = new TreeSet<>();

    @BeforeAll
    static void read() throws IOException, IllegalAccessException {
        String root = System.getProperty("jnic.root");
        Path doc = Path.of(root == null ? ".." : root).resolve("docs/registers.md");
        assertTrue(Files.isRegularFile(doc), "docs/registers.md not found at " + doc.toAbsolutePath());
        tables = tablesByHeading(Files.readAllLines(doc));
        constants = new LinkedHashMap<>();
        for (Field f : RegisterHeader.constants()) {
            constants.put(f.getName(), f.getInt(null));
        }
    }

    @Test
    void registerTableHasEveryRegisterAtItsOffset() {
        List<List<String>> rows = table("## Registers");
        Pattern indexed = Pattern.compile("(0x[0-9A-F]+) \\+ 4([a-z])");
        for (List<String> row : rows) {
            String offset = row.get(0);
            String name = code(row.get(1));
            Matcher m = indexed.matcher(offset);
            if (m.matches()) {
                // STATS[i] and RX_DESC[s]: arrays of words.
                String constant =
                        name.startsWith("STATS[") ? "STATS" : name.startsWith("RX_DESC[") ? "RX_DESCRIPTORS" : null;
                assertNotNull(constant, "an indexed register docs/registers.md has and NicRegisters has not: " + name);
                expect(constant, hex(m.group(1)), "offset of " + name);
            } else {
                expect(name, hex(offset), "offset of " + name);
            }
        }
        expect("ID_VALUE", hex(cell(rows, "`ID`", 3)), "ID's reset value");
        expect("MAX_LENGTH_RESET", Integer.parseInt(cell(rows, "`MAX_LENGTH`", 3)), "MAX_LENGTH's reset value");
    }

    @Test
    void controlStatusAndInterruptBitsAreTheHardwares() {
        bits("### CONTROL (0x008)", "CONTROL");
        bits("### STATUS (0x00C)", "STATUS");
        int interrupts = bits("### INT_STATUS / INT_MASK (0x010, 0x014)", "INT");
        expect("INT_BITS", interrupts, "number of interrupt bits");
    }

    @Test
    void descriptorBitsAreTheHardwares() {
        for (List<String> row : table("### RX_DESC[s] (0x200 + 4s)")) {
            String bits = row.get(0);
            String meaning = row.get(1);
            if (bits.contains("..")) {
                String[] range = bits.split("\\.\\.");
                assertEquals(0, Integer.parseInt(range[1]), "the length starts at bit 0");
                expect("DESCRIPTOR_LENGTH_MASK", (1 << (Integer.parseInt(range[0]) + 1)) - 1, "length bits " + bits);
                assertEquals(MacTx.LENGTH_BITS - 1, Integer.parseInt(range[0]), "length field as wide as the MAC's");
            } else {
                String kind = meaning.split("[ :,]")[0].toUpperCase();
                expect("DESCRIPTOR_" + kind, Integer.parseInt(bits), "descriptor bit for " + meaning);
            }
        }
    }

    @Test
    void statisticsTableIsTheCounterOrder() {
        List<List<String>> rows = table("## Statistics (0x100 + 4i)");
        List<String> documentedOrder = new ArrayList<>();
        for (List<String> row : rows) {
            int i = Integer.parseInt(row.get(0));
            assertEquals(documentedOrder.size(), i, "counters numbered in order");
            assertEquals(constants.get("STATS") + 4 * i, hex(row.get(1)), "offset of counter " + i);
            documentedOrder.add(code(row.get(2)));
        }
        assertEquals(Arrays.stream(Statistics.Counter.values()).map(Enum::name).toList(), documentedOrder);
    }

    @Test
    void addressSpaceAndBusWidthAreTheHardwares() {
        List<List<String>> space = table("## Address space");
        expect("REGION_REGISTERS", hex(start(space, "registers")) >>> 16, "the registers' region");
        expect("REGION_TX_BUFFER", hex(start(space, "transmit buffer")) >>> 16, "the transmit buffer's region");
        expect("REGION_RX_BUFFER", hex(start(space, "receive buffer")) >>> 16, "the receive buffer's region");
        expect("TX_BUFFER", hex(start(space, "transmit buffer")), "the transmit buffer's address");
        expect("RX_BUFFER", hex(start(space, "receive buffer")), "the receive buffer's address");
        expect("ADDRESS_BITS", Integer.parseInt(cell(table("## Host bus"), "`busAddress`", 2)), "busAddress width");
    }

    /** Runs the table checks itself, so what they found documented does not depend on test order. */
    @Test
    void everyConstantIsInATable() {
        registerTableHasEveryRegisterAtItsOffset();
        controlStatusAndInterruptBitsAreTheHardwares();
        descriptorBitsAreTheHardwares();
        addressSpaceAndBusWidthAreTheHardwares();
        TreeSet<String> missing = new TreeSet<>(constants.keySet());
        missing.removeAll(documented);
        assertEquals(new TreeSet<>(), missing, "NicRegisters constants no table of docs/registers.md shows");
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** A bit table: bit number, then the bit's name; returns the number of rows. */
    private static int bits(String heading, String prefix) {
        List<List<String>> rows = table(heading);
        Matcher offsets = Pattern.compile("0x[0-9A-F]+").matcher(heading);
        List<String> registers =
                List.of(heading.replaceFirst("### ", "").split(" \\(")[0].split(" / "));
        for (String register : registers) {
            assertTrue(offsets.find(), heading);
            expect(register, hex(offsets.group()), "offset in the heading " + heading);
        }
        for (List<String> row : rows) {
            expect(prefix + "_" + code(row.get(1)), Integer.parseInt(row.get(0)), heading);
        }
        return rows.size();
    }

    private static void expect(String constant, int documentedValue, String what) {
        Integer value = constants.get(constant);
        if (value == null) {
            fail("docs/registers.md shows " + constant + " (" + what + ") but NicRegisters has no such constant");
        }
        assertEquals(
                value.intValue(),
                documentedValue,
                what + ": docs/registers.md and NicRegisters." + constant + " differ");
        documented.add(constant);
    }

    private static List<List<String>> table(String heading) {
        List<List<String>> rows = tables.get(heading);
        assertNotNull(rows, "docs/registers.md has no table under \"" + heading + "\"");
        assertTrue(!rows.isEmpty(), heading);
        return rows;
    }

    /** The cell in column {@code column} of the row whose second cell is {@code name}. */
    private static String cell(List<List<String>> rows, String name, int column) {
        return rows.stream()
                .filter(r -> r.get(1).equals(name) || r.get(0).equals(name))
                .findFirst()
                .map(r -> r.get(column))
                .orElseThrow(() -> new AssertionError("no row " + name));
    }

    /** The first address of the address-space row whose region starts with {@code region}. */
    private static String start(List<List<String>> rows, String region) {
        return rows.stream()
                .filter(r -> r.get(1).startsWith(region))
                .findFirst()
                .map(r -> r.get(0).split("[–-]")[0])
                .orElseThrow(() -> new AssertionError("no region " + region));
    }

    private static String code(String cell) {
        assertTrue(cell.startsWith("`") && cell.endsWith("`"), "a name in backquotes: " + cell);
        return cell.substring(1, cell.length() - 1);
    }

    private static int hex(String text) {
        assertTrue(text.startsWith("0x"), "a hex number: " + text);
        return Integer.parseUnsignedInt(text.substring(2), 16);
    }

    /** Each markdown table's body rows (header and rule dropped) under the heading it follows. */
    private static Map<String, List<List<String>>> tablesByHeading(List<String> lines) {
        Map<String, List<List<String>>> result = new LinkedHashMap<>();
        String heading = null;
        List<List<String>> rows = null;
        int rowInTable = 0;
        for (String line : lines) {
            if (line.startsWith("#")) {
                heading = line.trim();
                rows = null;
            } else if (line.startsWith("|") && heading != null) {
                if (rows == null) {
                    rows = new ArrayList<>();
                    result.putIfAbsent(heading, rows);
                    rowInTable = 0;
                }
                if (rowInTable++ >= 2) {
                    List<String> cells = new ArrayList<>();
                    for (String c : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
                        cells.add(c.trim());
                    }
                    rows.add(cells);
                }
            } else {
                rows = null;
            }
        }
        return result;
    }
}
