package jnic.stack;

import java.util.OptionalInt;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Ephemeral ports for UDP and TCP, one allocator per host: the IANA dynamic range 49152-65535
 * (RFC 6335 section 6), searched from a random start (RFC 6056 section 3.3.1, algorithm 1), so
 * an off-path attacker cannot guess the next port. Each protocol says which ports it has free.
 */
public final class EphemeralPorts {
    public static final int FIRST = 49152;
    public static final int LAST = 65535;
    private static final int RANGE = LAST - FIRST + 1;

    private final Random random;

    public EphemeralPorts(Random random) {
        this.random = random;
    }

    /** A port of the range for which {@code free} holds, or empty when none does. */
    public OptionalInt choose(IntPredicate free) {
        int start = random.nextInt(RANGE);
        for (int i = 0; i < RANGE; i++) {
            int candidate = FIRST + (start + i) % RANGE;
            if (free.test(candidate)) {
                return OptionalInt.of(candidate);
            }
        }
        return OptionalInt.empty();
    }
}
