package jnic.stack.nio;

import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.util.Map;
import jnic.stack.SocketError;
import jnic.stack.socket.Sockets;

/** The JDK's socket options as the descriptor options they stand for, with the JDK's value types. */
final class Options {
    private Options() {}

    private static final Map<SocketOption<?>, Sockets.Option> BY_NAME = Map.of(
            StandardSocketOptions.TCP_NODELAY, Sockets.Option.TCP_NODELAY,
            StandardSocketOptions.SO_KEEPALIVE, Sockets.Option.SO_KEEPALIVE,
            StandardSocketOptions.SO_LINGER, Sockets.Option.SO_LINGER,
            StandardSocketOptions.SO_RCVBUF, Sockets.Option.SO_RCVBUF,
            StandardSocketOptions.SO_SNDBUF, Sockets.Option.SO_SNDBUF,
            StandardSocketOptions.SO_REUSEADDR, Sockets.Option.SO_REUSEADDR);

    /** The smallest and largest buffer a descriptor takes; the JDK's channels leave rounding to the kernel, as here. */
    private static final int MIN_BUFFER = 1024;

    private static final int MAX_BUFFER = 1 << 30;

    static <T> void set(Sockets sockets, int fd, SocketOption<T> name, T value) throws IOException {
        Sockets.Option option = BY_NAME.get(name);
        int v;
        if (value instanceof Boolean b) {
            v = b ? 1 : 0;
        } else if (value instanceof Integer i) {
            if (name == StandardSocketOptions.SO_LINGER) {
                v = i < 0 ? -1 : Math.min(i, 65_535); // negative: off, as the JDK's SO_LINGER
            } else {
                if (i <= 0) {
                    throw new IllegalArgumentException("Invalid send/receive buffer size: " + i);
                }
                v = Math.max(MIN_BUFFER, Math.min(i, MAX_BUFFER));
            }
        } else {
            throw new IllegalArgumentException("Invalid value '" + value + "' for " + name);
        }
        try {
            sockets.setOption(fd, option, v);
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T get(Sockets sockets, int fd, SocketOption<T> name) throws IOException {
        int v;
        try {
            v = sockets.getOption(fd, BY_NAME.get(name));
        } catch (SocketError e) {
            throw Exceptions.of(e);
        }
        if (name.type() == Boolean.class) {
            return (T) Boolean.valueOf(v != 0);
        }
        return (T) Integer.valueOf(v);
    }
}
