package jnic.stack.nio;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import jnic.stack.SocketError;

/**
 * A socket call's POSIX error as the exception the JDK's own channels throw for it on Linux, with
 * the JDK's message (so software that looks at either sees the same), and jnic's error as the cause.
 */
final class Exceptions {
    private Exceptions() {}

    static IOException of(SocketError e) {
        IOException x = switch (e.errno()) {
            case ECONNREFUSED -> new ConnectException("Connection refused");
            case ETIMEDOUT -> new ConnectException("Connection timed out");
            case EHOSTUNREACH -> new NoRouteToHostException("No route to host");
            case ENETUNREACH -> new SocketException("Network is unreachable");
            case ECONNRESET -> new SocketException("Connection reset");
            case EPIPE -> new SocketException("Broken pipe");
            case EADDRINUSE -> new BindException("Address already in use");
            case EADDRNOTAVAIL -> new BindException("Cannot assign requested address");
            case EBADF -> new ClosedChannelException();
            default -> new SocketException(e.getMessage());
        };
        x.initCause(e);
        return x;
    }
}
