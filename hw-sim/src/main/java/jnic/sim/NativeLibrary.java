package jnic.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;

/**
 * Finds and loads {@code libjnic_sim.so}, built by {@code make sim} into {@code hw-sim/build/}.
 *
 * <p>Looked for, in order: the directory in system property {@code jnic.sim.lib}, then
 * {@code hw-sim/build} under system property {@code jnic.root}, then under the working directory
 * and each of its parents; last, a copy carried on the class path as the resource
 * {@value #RESOURCE} (the sweep's job jar carries one, so a Spark executor needs nothing
 * installed), extracted once per JVM into a temporary directory.
 *
 * <p>Beside the library, {@value #ISA_FILE_NAME} names the CPU features it was built for (make
 * builds for x86-64-v3 where the building machine has it). On a CPU without one of them the
 * library is not loaded: {@link #get} says what is missing and how to build one that runs here,
 * where loading it would end the JVM on an illegal instruction.
 */
public final class NativeLibrary {
    public static final String FILE_NAME = "libjnic_sim.so";
    /** The CPU features the library needs, as /proc/cpuinfo names them, space separated. */
    public static final String ISA_FILE_NAME = "libjnic_sim.isa";
    /** Where a jar carries the library. */
    public static final String RESOURCE = "jnic/sim/" + FILE_NAME;

    private static final String ISA_RESOURCE = "jnic/sim/" + ISA_FILE_NAME;

    private static volatile Path extracted;
    private static volatile SimNative instance;

    private NativeLibrary() {}

    /** The bound library (loaded once per JVM). */
    public static SimNative get() {
        SimNative lib = instance;
        if (lib == null) {
            synchronized (NativeLibrary.class) {
                lib = instance;
                if (lib == null) {
                    Path dir = directory();
                    requireCpuFeatures(dir);
                    lib = LibraryLoader.create(SimNative.class)
                            // Nothing in the ABI reports through errno: skip saving it per call.
                            .option(LibraryOption.IgnoreError, true)
                            .search(dir.toString())
                            .load("jnic_sim");
                    instance = lib;
                }
            }
        }
        return lib;
    }

    /** The directory holding the library, or an exception that says where it looked. */
    public static Path directory() {
        List<Path> candidates = new ArrayList<>();
        String explicit = System.getProperty("jnic.sim.lib");
        if (explicit != null) {
            candidates.add(Path.of(explicit));
        }
        String root = System.getProperty("jnic.root");
        if (root != null) {
            candidates.add(Path.of(root, "hw-sim", "build"));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p.resolve("hw-sim").resolve("build"));
        }
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve(FILE_NAME))) {
                return dir.toAbsolutePath();
            }
        }
        Path carried = extractCarried();
        if (carried != null) {
            return carried;
        }
        throw new IllegalStateException(FILE_NAME + " not found (looked in " + candidates
                + " and for the class path resource " + RESOURCE
                + "); build it with `make sim` or point -Djnic.sim.lib at its directory");
    }

    /** Throws if the library in {@code dir} needs CPU features this machine's /proc/cpuinfo lacks. */
    static void requireCpuFeatures(Path dir) {
        Path isa = dir.resolve(ISA_FILE_NAME);
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isRegularFile(isa) || !Files.isReadable(cpuinfo)) {
            return; // a library built before the file existed, or no way to tell: load it
        }
        try {
            String needs = Files.readString(isa);
            List<String> missing = missingCpuFeatures(needs, Files.readString(cpuinfo));
            if (!missing.isEmpty()) {
                throw new IllegalStateException(dir.resolve(FILE_NAME) + " was built for a CPU with "
                        + needs.strip() + ", and this one lacks " + String.join(", ", missing)
                        + ": build the library on this machine (`make sim`), or one for any x86-64"
                        + " (`make sim X86_64_V3=`)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + isa + " or " + cpuinfo, e);
        }
    }

    /** The features named in {@code needs} that the first "flags" line of {@code cpuinfo} does not list. */
    static List<String> missingCpuFeatures(String needs, String cpuinfo) {
        Set<String> flags = new HashSet<>();
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals("flags")) {
                flags.addAll(List.of(line.substring(colon + 1).strip().split("\\s+")));
                break;
            }
        }
        List<String> missing = new ArrayList<>();
        for (String feature : needs.strip().split("\\s+")) {
            if (!feature.isEmpty() && !flags.contains(feature)) {
                missing.add(feature);
            }
        }
        return missing;
    }

    /** The class path's copy of the library in a directory of its own, or null when there is none. */
    private static synchronized Path extractCarried() {
        if (extracted != null) {
            return extracted;
        }
        try (InputStream in = NativeLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Path dir = Files.createTempDirectory("jnic-sim-");
            dir.toFile().deleteOnExit(); // first: the JVM deletes in the reverse order, the file before its directory
            Path lib = dir.resolve(FILE_NAME);
            Files.copy(in, lib);
            lib.toFile().deleteOnExit();
            try (InputStream isa = NativeLibrary.class.getClassLoader().getResourceAsStream(ISA_RESOURCE)) {
                if (isa != null) {
                    Path copy = dir.resolve(ISA_FILE_NAME);
                    Files.copy(isa, copy);
                    copy.toFile().deleteOnExit();
                }
            }
            extracted = dir;
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract " + RESOURCE + " from the class path", e);
        }
    }
}
