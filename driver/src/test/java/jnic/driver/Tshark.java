package jnic.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * tshark, Wireshark's dissector, as the tests' independent reader of captures. Shared with the
 * stack's and the command line's tests through this module's test jar.
 */
public final class Tshark {
    private static final Path TSHARK = Path.of("/usr/bin/tshark");

    private Tshark() {}

    /** Whether tshark is installed (make deps installs it); a test that needs it says so when it is not. */
    public static boolean installed() {
        return Files.isExecutable(TSHARK);
    }

    /**
     * The {@code fields} of each frame of {@code capture} that {@code filter} selects, in capture
     * order, tab-separated fields split; IP fragments are shown as they are (not reassembled).
     */
    public static List<String[]> fields(Path capture, String filter, String... fields)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                TSHARK.toString(),
                "-r",
                capture.toString(),
                "-o",
                "ip.defragment:FALSE",
                "-Y",
                filter,
                "-T",
                "fields"));
        for (String f : fields) {
            command.add("-e");
            command.add(f);
        }
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD) // "running as root" and the like
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        List<String[]> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
