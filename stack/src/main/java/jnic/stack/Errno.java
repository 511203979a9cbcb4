package jnic.stack;

/** The POSIX error names socket calls report (IEEE Std 1003.1, errno.h), with their usual text. */
public enum Errno {
    EADDRINUSE("address already in use"),
    EADDRNOTAVAIL("cannot assign requested address"),
    EAGAIN("resource temporarily unavailable"),
    EBADF("socket is closed"),
    ECONNREFUSED("connection refused"),
    ECONNRESET("connection reset by peer"),
    EHOSTUNREACH("no route to host"),
    EINVAL("invalid argument"),
    EMSGSIZE("message too long"),
    ENOTCONN("the socket is not connected"),
    EPIPE("broken pipe: the sending side is closed"),
    ENETUNREACH("network is unreachable"),
    ENOBUFS("no buffer space available"),
    ETIMEDOUT("timed out");

    private final String text;

    Errno(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
