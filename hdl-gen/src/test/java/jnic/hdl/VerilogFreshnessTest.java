package jnic.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import jnic.hdl.nic.RegisterHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed verilog-out/ must be exactly what the generator writes today ({@code make verilog}):
 * the Verilog of every top and the register map's C header.
 */
class VerilogFreshnessTest {

    static Path verilogOut() {
        String root = System.getProperty("jnic.root");
        Path dir = Path.of(root == null ? ".." : root).resolve("verilog-out");
        assertTrue(Files.isDirectory(dir), "verilog-out/ not found at " + dir.toAbsolutePath());
        return dir;
    }

    /** The generated files in {@code dir}: Verilog and C headers (lint.vlt is written by hand). */
    private static TreeSet<String> generatedFiles(Path dir) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".v") || n.endsWith(".h"))
                    .forEach(names::add);
        }
        return names;
    }

    @Test
    void committedVerilogMatchesTheGenerator(@TempDir Path fresh) throws IOException {
        List<Path> written = Generate.generateAll(fresh);
        Path committed = verilogOut();
        assertEquals(
                generatedFiles(fresh),
                generatedFiles(committed),
                "the set of generated files differs from verilog-out/: run `make verilog` and commit");
        assertTrue(generatedFiles(fresh).contains(RegisterHeader.FILE_NAME), "the register header is generated");
        for (Path file : written) {
            String name = file.getFileName().toString();
            List<String> expected = Files.readAllLines(file);
            List<String> actual = Files.readAllLines(committed.resolve(name));
            for (int line = 0; line < Math.max(expected.size(), actual.size()); line++) {
                String want = line < expected.size() ? expected.get(line) : "<end of file>";
                String have = line < actual.size() ? actual.get(line) : "<end of file>";
                if (!want.equals(have)) {
                    fail("verilog-out/" + name + " is stale at line " + (line + 1) + ": generator writes\n  " + want
                            + "\nbut the committed file has\n  " + have + "\nrun `make verilog` and commit");
                }
            }
        }
    }
}
