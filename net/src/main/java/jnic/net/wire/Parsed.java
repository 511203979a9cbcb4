package jnic.net.wire;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a parser returns: the parsed record, or the reason it was refused. A value rather than an
 * exception, so a receive path counts the reason and moves on.
 */
public final class Parsed<T> {
    private final T value;
    private final Malformed error;

    private Parsed(T value, Malformed error) {
        this.value = value;
        this.error = error;
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null);
    }

    public static <T> Parsed<T> error(Malformed error) {
        return new Parsed<>(null, Objects.requireNonNull(error));
    }

    public boolean isOk() {
        return error == null;
    }

    /** The record; throws {@link IllegalStateException} on an error (check {@link #isOk()} first). */
    public T value() {
        if (error != null) {
            throw new IllegalStateException("malformed: " + error);
        }
        return value;
    }

    /** The reason, or null when parsing succeeded. */
    public Malformed error() {
        return error;
    }

    public <U> Parsed<U> map(Function<T, U> f) {
        return error == null ? ok(f.apply(value)) : error(error);
    }

    @Override
    public String toString() {
        return error == null ? "ok(" + value + ")" : "malformed(" + error + ")";
    }
}
