package jnic.stack.tcp;

/** Sequence number comparison modulo 2^32 (RFC 9293 section 3.4): a is before b when (a - b) as a signed int is negative. */
final class Seq {
    private Seq() {}

    static boolean lt(int a, int b) {
        return a - b < 0;
    }

    static boolean le(int a, int b) {
        return a - b <= 0;
    }

    static boolean gt(int a, int b) {
        return a - b > 0;
    }

    static boolean ge(int a, int b) {
        return a - b >= 0;
    }

    /** a <= x < b, modulo 2^32. */
    static boolean inWindow(int x, int a, int b) {
        return le(a, x) && lt(x, b);
    }
}
