package jnic.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

/**
 * The C ABI of {@code libjnic_sim.so} as {@code hw-sim/native/include/jnic_sim.h} declares it, read from the
 * header itself, and the check that a Java binding follows it. Both bindings are held to it: jnr-ffi's
 * {@link SimNative} here, and the driver's JNA {@code jnic.driver.sim.WorldLibrary} through hw-sim's test jar.
 *
 * <p>It reads the C the header uses: {@code JNIC_API} prototypes (scalars, pointers, arrays as parameters,
 * {@code const}), {@code typedef struct x x;} opaque handles, and {@code #define}s of integers. A binding's
 * method agrees with a prototype when the name, the parameter count and every type agree: C {@code int},
 * {@code int32_t}, {@code uint32_t} are Java {@code int}; {@code int64_t}, {@code uint64_t}, {@code size_t}
 * are {@code long}; {@code double} is {@code double}; {@code const char *} is {@code String}; a pointer to an
 * opaque struct is the binding's {@code Pointer}; {@code uint8_t *}, {@code uint32_t *} or {@code int *},
 * {@code uint64_t *} are {@code byte[]}, {@code int[]}, {@code long[]} or, where the binding passes direct buffers (JNA), a
 * {@code ByteBuffer} or the buffer of the element type. A jnr-ffi type annotation ({@code @u_int32_t} ...)
 * must name the C type, and an array marked {@code @In} or {@code @Out} must go the way {@code const} says.
 */
public final class AbiHeader {
    /** Where the header is, from the repository root. */
    public static final Path HEADER = Path.of("hw-sim", "native", "include", "jnic_sim.h");

    /** A C type: its base name, whether what it points at is {@code const}, and how many {@code *}. */
    public record CType(String base, boolean isConst, int pointers) {
        @Override
        public String toString() {
            return (isConst ? "const " : "") + base + (pointers == 0 ? "" : " " + "*".repeat(pointers));
        }
    }

    public record Parameter(CType type, String name) {}

    public record Function(String name, CType result, List<Parameter> parameters) {}

    /**
     * How a binding spells the C types in Java: the class of its opaque pointers, and whether it passes NIO
     * buffers (direct ones: their addresses, nothing copied) for data pointers.
     */
    public record Mapping(Class<?> opaquePointer, boolean directBuffers) {
        /** jnr-ffi, as {@link SimNative} binds the library. */
        public static final Mapping JNR = new Mapping(jnr.ffi.Pointer.class, false);
    }

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\n]*");
    private static final Pattern DEFINE = Pattern.compile(
            "^[ \\t]*#[ \\t]*define[ \\t]+(\\w+)[ \\t]+\\(?[ \\t]*(0[xX][0-9a-fA-F]+|\\d+)[uUlL]*[ \\t]*\\)?[ \\t]*$",
            Pattern.MULTILINE);
    private static final Pattern PREPROCESSOR = Pattern.compile("^\\s*#[^\n]*", Pattern.MULTILINE);
    private static final Pattern OPAQUE = Pattern.compile("typedef\\s+struct\\s+(\\w+)\\s+(\\w+)\\s*;");
    private static final Pattern PROTOTYPE =
            Pattern.compile("\\bJNIC_API\\s+([^;(){}]+?)\\s*\\b(\\w+)\\s*\\(([^()]*)\\)\\s*;");
    private static final Pattern PARAMETER = Pattern.compile("(.*?)\\b(\\w+)\\s*(\\[\\s*\\w*\\s*\\])?");
    private static final Pattern TYPE = Pattern.compile("(const\\s+)?(\\w+)\\s*((?:\\*\\s*)*)");

    private final Map<String, Function> functions;
    private final Set<String> opaqueStructs;
    private final Map<String, Long> constants;

    private AbiHeader(Map<String, Function> functions, Set<String> opaqueStructs, Map<String, Long> constants) {
        this.functions = functions;
        this.opaqueStructs = opaqueStructs;
        this.constants = constants;
    }

    /**
     * The header of this checkout: under system property {@code jnic.root} (Maven sets it), else under the
     * working directory or the nearest of its parents that has one.
     */
    public static AbiHeader read() {
        List<Path> candidates = new ArrayList<>();
        String root = System.getProperty("jnic.root");
        if (root != null) {
            candidates.add(Path.of(root).resolve(HEADER));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p.resolve(HEADER));
        }
        for (Path file : candidates) {
            if (Files.isRegularFile(file)) {
                return read(file);
            }
        }
        throw new IllegalStateException(HEADER + " not found (looked at " + candidates + ")");
    }

    public static AbiHeader read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads header text; throws {@link IllegalArgumentException} on a declaration it cannot read. */
    public static AbiHeader parse(String text) {
        String code = LINE_COMMENT
                .matcher(BLOCK_COMMENT.matcher(text).replaceAll(" "))
                .replaceAll("");
        Map<String, Long> constants = new LinkedHashMap<>();
        Matcher d = DEFINE.matcher(code);
        while (d.find()) {
            String literal = d.group(2);
            boolean hex = literal.startsWith("0x") || literal.startsWith("0X");
            constants.put(d.group(1), Long.parseLong(hex ? literal.substring(2) : literal, hex ? 16 : 10));
        }
        code = PREPROCESSOR.matcher(code).replaceAll("");
        Set<String> opaque = new HashSet<>();
        Matcher o = OPAQUE.matcher(code);
        while (o.find()) {
            opaque.add(o.group(1));
            opaque.add(o.group(2));
        }
        Map<String, Function> functions = new LinkedHashMap<>();
        Matcher p = PROTOTYPE.matcher(code);
        while (p.find()) {
            String name = p.group(2);
            List<Parameter> parameters = new ArrayList<>();
            String list = p.group(3).trim();
            if (!list.isEmpty() && !list.equals("void")) {
                for (String one : list.split(",")) {
                    parameters.add(parameter(name, one.trim()));
                }
            }
            if (functions.put(name, new Function(name, type(name, p.group(1), 0), List.copyOf(parameters))) != null) {
                throw new IllegalArgumentException(name + " is declared twice");
            }
        }
        return new AbiHeader(Map.copyOf(functions), Set.copyOf(opaque), Map.copyOf(constants));
    }

    private static Parameter parameter(String function, String text) {
        Matcher m = PARAMETER.matcher(text);
        if (!m.matches() || m.group(1).isBlank()) {
            throw new IllegalArgumentException(function + ": cannot read parameter '" + text + "' (type and name)");
        }
        // An array parameter is a pointer (C11 6.7.6.3p7).
        return new Parameter(type(function, m.group(1), m.group(3) == null ? 0 : 1), m.group(2));
    }

    private static CType type(String function, String text, int extraPointers) {
        Matcher m = TYPE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(function + ": cannot read type '" + text.trim() + "'");
        }
        int stars = (int) m.group(3).chars().filter(c -> c == '*').count();
        return new CType(m.group(2), m.group(1) != null, stars + extraPointers);
    }

    /** Every declared function, by name. */
    public Map<String, Function> functions() {
        return functions;
    }

    /** The value of {@code #define name}; throws if the header has no such integer constant. */
    public long constant(String name) {
        Long value = constants.get(name);
        if (value == null) {
            throw new IllegalArgumentException(HEADER + " defines no integer constant " + name);
        }
        return value;
    }

    /**
     * What is wrong with {@code binding}'s native methods (an interface's abstract methods, a class's
     * {@code native} ones) against this header, one line each; empty when the binding follows it.
     */
    public List<String> mismatches(Class<?> binding, Mapping mapping) {
        List<String> problems = new ArrayList<>();
        Method[] methods = binding.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        int bound = 0;
        for (Method m : methods) {
            boolean isNative =
                    binding.isInterface() ? Modifier.isAbstract(m.getModifiers()) : Modifier.isNative(m.getModifiers());
            if (!isNative || m.isSynthetic()) {
                continue;
            }
            bound++;
            String where = binding.getSimpleName() + "." + m.getName();
            Function f = functions.get(m.getName());
            if (f == null) {
                problems.add(where + ": " + HEADER.getFileName() + " declares no function " + m.getName());
                continue;
            }
            Class<?>[] types = m.getParameterTypes();
            if (types.length != f.parameters().size()) {
                problems.add(where + ": " + types.length + " parameters, the header's " + f.name() + " has "
                        + f.parameters().size());
                continue;
            }
            check(where + " returns", f.result(), m.getReturnType(), m.getAnnotations(), mapping, problems);
            Annotation[][] annotations = m.getParameterAnnotations();
            for (int i = 0; i < types.length; i++) {
                Parameter p = f.parameters().get(i);
                check(
                        where + " parameter " + (i + 1) + " (" + p.name() + ")",
                        p.type(),
                        types[i],
                        annotations[i],
                        mapping,
                        problems);
            }
        }
        if (bound == 0) {
            problems.add(binding.getName() + " has no native methods to check");
        }
        return problems;
    }

    private void check(
            String where, CType c, Class<?> java, Annotation[] annotations, Mapping mapping, List<String> problems) {
        if (!compatible(c, java, mapping)) {
            problems.add(where + ": Java " + java.getSimpleName() + " for C " + c);
            return;
        }
        for (Annotation a : annotations) {
            Class<? extends Annotation> kind = a.annotationType();
            if (kind.getPackageName().equals("jnr.ffi.types")) {
                String named = kind.getSimpleName().replace("u_int", "uint");
                if (c.pointers() != 0 || !named.equals(c.base())) {
                    problems.add(where + ": @" + kind.getSimpleName() + " for C " + c);
                }
            } else if (kind == Out.class && java.isArray() && c.isConst()) {
                problems.add(where + ": @Out for C " + c + ", which the library only reads");
            } else if (kind == In.class && java.isArray() && !c.isConst()) {
                problems.add(where + ": @In for C " + c + ", which the library writes (its values would be lost)");
            }
        }
    }

    private boolean compatible(CType c, Class<?> java, Mapping mapping) {
        if (c.pointers() == 0) {
            return switch (c.base()) {
                case "void" -> java == void.class;
                case "int", "int32_t", "uint32_t" -> java == int.class;
                case "int64_t", "uint64_t", "size_t" -> java == long.class;
                case "double" -> java == double.class;
                default -> false;
            };
        }
        if (c.pointers() != 1) {
            return false;
        }
        if (c.base().equals("char")) {
            return c.isConst() && java == String.class;
        }
        if (opaqueStructs.contains(c.base())) {
            return java == mapping.opaquePointer();
        }
        Class<?> array;
        Class<?> buffer;
        switch (c.base()) {
            case "uint8_t" -> {
                array = byte[].class;
                buffer = ByteBuffer.class;
            }
            case "uint32_t", "int" -> {
                array = int[].class;
                buffer = IntBuffer.class;
            }
            case "uint64_t" -> {
                array = long[].class;
                buffer = LongBuffer.class;
            }
            default -> {
                return false;
            }
        }
        return java == array || mapping.directBuffers() && (java == buffer || java == ByteBuffer.class);
    }
}
