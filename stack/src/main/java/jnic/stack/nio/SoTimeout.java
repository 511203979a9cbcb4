package jnic.stack.nio;

import java.net.SocketException;

/**
 * SO_TIMEOUT as the socket adaptors keep it, for the channel's timed call: milliseconds, 0 for
 * ever; like the JDK's adaptors, a closed socket refuses both setting and reading it.
 */
final class SoTimeout {
    private volatile int millis;

    void set(boolean closed, int timeout) throws SocketException {
        check(closed);
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        millis = timeout;
    }

    int get(boolean closed) throws SocketException {
        check(closed);
        return millis;
    }

    /** The timeout now, for a call about to wait. */
    int millis() {
        return millis;
    }

    private static void check(boolean closed) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
    }
}
