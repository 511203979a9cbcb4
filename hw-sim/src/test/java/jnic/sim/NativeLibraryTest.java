package jnic.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that keeps a library built for newer CPUs from being loaded on an older one. */
class NativeLibraryTest {
    private static final String CPUINFO_WITHOUT_AVX2 = """
            processor\t: 0
            vendor_id\t: GenuineIntel
            flags\t\t: fpu vme de pse tsc msr sse sse2 ssse3 sse4_1 sse4_2 popcnt movbe
            bugs\t\t: spectre_v1

            processor\t: 1
            flags\t\t: fpu avx2 bmi2 fma
            """;

    @Test
    void namesTheFeaturesTheFirstProcessorLacks() {
        assertEquals(
                List.of("avx2", "bmi2", "fma"),
                NativeLibrary.missingCpuFeatures("avx2 bmi2 movbe popcnt fma\n", CPUINFO_WITHOUT_AVX2));
        assertEquals(List.of(), NativeLibrary.missingCpuFeatures("popcnt movbe", CPUINFO_WITHOUT_AVX2));
        assertEquals(List.of(), NativeLibrary.missingCpuFeatures("\n", CPUINFO_WITHOUT_AVX2), "a portable build");
    }

    @Test
    void theBuiltLibraryRecordsWhatItNeedsAndThisMachineHasIt() throws IOException {
        Path dir = NativeLibrary.directory();
        Path isa = dir.resolve(NativeLibrary.ISA_FILE_NAME);
        assertTrue(Files.isRegularFile(isa), "make writes " + isa + " beside the library");
        assertEquals(
                List.of(),
                NativeLibrary.missingCpuFeatures(Files.readString(isa), Files.readString(Path.of("/proc/cpuinfo"))));
        NativeLibrary.requireCpuFeatures(dir); // and so the check lets it load
    }

    @Test
    void refusesALibraryThisCpuCannotRun(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(NativeLibrary.ISA_FILE_NAME), "avx2 no_such_cpu_feature\n");
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> NativeLibrary.requireCpuFeatures(dir));
        assertTrue(e.getMessage().contains("lacks no_such_cpu_feature"), e.getMessage());
        assertTrue(e.getMessage().contains("make sim X86_64_V3="), e.getMessage());
    }
}
