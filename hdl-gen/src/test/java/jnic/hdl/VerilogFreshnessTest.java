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
import jnic.hdl.nic.RegisterClass;
import jnic.hdl.nic.RegisterHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated files must be exactly what the generator writes today
 * ({@code make verilog}): verilog-out/'s Verilog of every top and the register map's C header, and
 * hw-sim's register map class, jnic.sim.nic.NicRegisterMap.
 */
class VerilogFreshnessTest {

    static Path root() {
        String root = System.getProperty("jnic.root");
        return Path.of(root == null ? ".." : root);
    }

    static Path verilogOut() {
        Path dir = root().resolve("verilog-out");
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
    void committedFilesMatchTheGenerator(@TempDir Path fresh) throws IOException {
        Path freshVerilog = fresh.resolve("verilog-out");
        Path freshJava = fresh.resolve("java");
        List<Path> written = Generate.generateAll(freshVerilog, freshJava);
        Path committed = verilogOut();
        assertEquals(
                generatedFiles(freshVerilog),
                generatedFiles(committed),
                "the set of generated files differs from verilog-out/: run `make verilog` and commit");
        assertTrue(generatedFiles(freshVerilog).contains(RegisterHeader.FILE_NAME), "the register header is generated");
        assertTrue(written.contains(RegisterClass.file(freshJava)), "the register map class is generated");
        for (Path file : written) {
            Path committedFile = file.startsWith(freshJava)
                    ? root().resolve(Generate.JAVA_SOURCES).resolve(freshJava.relativize(file))
                    : committed.resolve(freshVerilog.relativize(file));
            Path relative = root().relativize(committedFile);
            assertTrue(Files.isRegularFile(committedFile), relative + " is missing: run `make verilog` and commit");
            List<String> expected = Files.readAllLines(file);
            List<String> actual = Files.readAllLines(committedFile);
            for (int line = 0; line < Math.max(expected.size(), actual.size()); line++) {
                String want = line < expected.size() ? expected.get(line) : "<end of file>";
                String have = line < actual.size() ? actual.get(line) : "<end of file>";
                if (!want.equals(have)) {
                    fail(relative + " is stale at line " + (line + 1) + ": generator writes\n  " + want
                            + "\nbut the committed file has\n  " + have + "\nrun `make verilog` and commit");
                }
            }
        }
    }
}
