package jnic.stack;

/**
 * The POSIX error names socket calls report (IEEE Std 1003.1, errno.h), with their usual text and
 * Linux's number for each (what getsockopt SO_ERROR returns). POSIX lets EWOULDBLOCK and EAGAIN
 * be the same value, and on Linux they are: {@link #EWOULDBLOCK} is {@link #EAGAIN}.
 */
public enum Errno {
    EADDRINUSE(98, "address already in use"),
    EADDRNOTAVAIL(99, "cannot assign requested address"),
    EAGAIN(11, "resource temporarily unavailable"),
    EALREADY(114, "operation already in progress"),
    EBADF(9, "socket is closed"),
    ECONNREFUSED(111, "connection refused"),
    ECONNRESET(104, "connection reset by peer"),
    EDESTADDRREQ(89, "destination address required"),
    EHOSTUNREACH(113, "no route to host"),
    EINPROGRESS(115, "operation now in progress"),
    EINVAL(22, "invalid argument"),
    EISCONN(106, "the socket is already connected"),
    EMSGSIZE(90, "message too long"),
    ENOTCONN(107, "the socket is not connected"),
    EPIPE(32, "broken pipe: the sending side is closed"),
    ENETUNREACH(101, "network is unreachable"),
    ENOBUFS(105, "no buffer space available"),
    ETIMEDOUT(110, "timed out");

    /** The same error as {@link #EAGAIN}: the call would block. */
    public static final Errno EWOULDBLOCK = EAGAIN;

    private final int number;
    private final String text;

    Errno(int number, String text) {
        this.number = number;
        this.text = text;
    }

    /** Linux's errno value (asm-generic/errno-base.h and errno.h). */
    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    /** The error with Linux's number {@code number}; IllegalArgumentException for one not listed here. */
    public static Errno of(int number) {
        for (Errno e : values()) {
            if (e.number == number) {
                return e;
            }
        }
        throw new IllegalArgumentException("no error named here has number " + number);
    }
}
