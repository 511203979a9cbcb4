package jnic.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One line naming the machine figures were measured on: CPU model, cores, memory, JVM, kernel. */
final class Machine {
    private Machine() {}

    static String describe() {
        String cpu = "unknown CPU";
        long memoryKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or an unusual /proc: the line says less
        }
        return String.format(
                Locale.ROOT,
                "%s, %d cores, %.0f GiB, %s %s, Linux %s",
                cpu,
                Runtime.getRuntime().availableProcessors(),
                memoryKb / 1048576.0,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.version"));
    }
}
