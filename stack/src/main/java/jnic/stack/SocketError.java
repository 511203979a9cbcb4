package jnic.stack;

import java.io.IOException;

/** A socket call's failure, carrying its POSIX name so callers can tell ECONNREFUSED from ETIMEDOUT. */
public final class SocketError extends IOException {
    private static final long serialVersionUID = 1L;
    private final Errno errno;

    public SocketError(Errno errno, String detail) {
        super(errno + " (" + errno.text() + "): " + detail);
        this.errno = errno;
    }

    public Errno errno() {
        return errno;
    }
}
