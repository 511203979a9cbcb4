package jnic.stack.socket;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jnic.net.wire.Ipv4Address;
import jnic.stack.Blocking;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import jnic.stack.udp.UdpSocket;

/**
 * Berkeley-style sockets on a host: small integer descriptors and the calls a C programmer knows
 * (socket, bind, listen, accept, connect, send, recv, sendto, recvfrom, shutdown, close,
 * setsockopt, getsockopt), blocking, with errors as {@link SocketError} carrying the POSIX name.
 * A facade over {@link TcpSocket}, {@link TcpListener} and {@link UdpSocket}. The calls block, so
 * they are for threads other than the host's event loop.
 *
 * <p>Where POSIX leaves room: SO_REUSEADDR is accepted and always in effect (connections in
 * TIME_WAIT never keep a listener from binding, as on Linux with the option set); SO_LINGER with
 * a zero time makes close an abort (RST), a positive one makes close wait up to that many seconds
 * for the peer to acknowledge everything (then it returns, as on Linux, and sending goes on);
 * SO_RCVTIMEO bounds every blocking call (default: wait forever).
 */
public final class Sockets {
    public enum Type {
        STREAM,
        DGRAM
    }

    public enum Option {
        TCP_NODELAY,
        SO_RCVBUF,
        SO_SNDBUF,
        SO_KEEPALIVE,
        SO_LINGER,
        SO_REUSEADDR,
        SO_RCVTIMEO
    }

    public enum How {
        READ,
        WRITE,
        BOTH
    }

    /** What recvfrom returns: the data and who sent it. */
    public record From(byte[] data, Ipv4Address address, int port) {}

    private static final class Descriptor {
        final Type type;
        final Map<Option, Integer> options = new EnumMap<>(Option.class);
        Ipv4Address boundAddress = Ipv4Address.ANY;
        int boundPort;
        Ipv4Address peer;
        int peerPort;
        UdpSocket udp;
        TcpListener listener;
        TcpSocket tcp;

        Descriptor(Type type, Host host) {
            this.type = type;
            options.put(Option.SO_RCVBUF, host.config().tcp().receiveBuffer());
            options.put(Option.SO_SNDBUF, host.config().tcp().sendBuffer());
            options.put(Option.TCP_NODELAY, 0);
            options.put(Option.SO_KEEPALIVE, 0);
            options.put(Option.SO_LINGER, -1);
            options.put(Option.SO_REUSEADDR, 0);
            options.put(Option.SO_RCVTIMEO, 0);
        }

        Duration timeout() {
            int ms = options.get(Option.SO_RCVTIMEO);
            return ms == 0 ? Duration.ofDays(365) : Duration.ofMillis(ms);
        }
    }

    private final Host host;
    private final Map<Integer, Descriptor> table = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(3); // 0, 1 and 2 are stdin, stdout and stderr in Unix

    public Sockets(Host host) {
        this.host = host;
    }

    private Descriptor get(int fd) throws SocketError {
        Descriptor d = table.get(fd);
        if (d == null) {
            throw new SocketError(Errno.EBADF, fd + " is not an open socket descriptor");
        }
        return d;
    }

    /** socket(AF_INET, type, 0). */
    public int socket(Type type) {
        int fd = next.getAndIncrement();
        table.put(fd, new Descriptor(type, host));
        return fd;
    }

    /** bind(): a datagram socket opens its port now; a stream socket keeps the address for listen. */
    public void bind(int fd, Ipv4Address address, int port) throws SocketError {
        Descriptor d = get(fd);
        if (d.udp != null || d.listener != null || d.tcp != null || d.boundPort != 0) {
            throw new SocketError(Errno.EINVAL, "descriptor " + fd + " is already bound");
        }
        if (d.type == Type.DGRAM) {
            d.udp = host.udp().open(address, port);
            d.boundPort = d.udp.localPort();
        } else {
            if (!address.isAny() && !host.ip().isLocal(address)) {
                throw new SocketError(Errno.EADDRNOTAVAIL, address + " is not an address of " + host.name());
            }
            d.boundPort = port;
        }
        d.boundAddress = address;
    }

    /** listen(): the stream socket becomes a listener on its bound port. */
    public void listen(int fd, int backlog) throws SocketError {
        Descriptor d = get(fd);
        if (d.type != Type.STREAM || d.boundPort == 0 || d.tcp != null) {
            throw new SocketError(Errno.EINVAL, "listen needs a bound, unconnected stream socket");
        }
        d.listener = host.tcp()
                .listen(d.boundPort, backlog, d.options.get(Option.SO_RCVBUF), d.options.get(Option.SO_SNDBUF));
    }

    /** accept(): a new descriptor for the next connection; it inherits TCP_NODELAY and SO_KEEPALIVE. */
    public int accept(int fd) throws SocketError {
        Descriptor d = get(fd);
        if (d.listener == null) {
            throw new SocketError(Errno.EINVAL, "descriptor " + fd + " is not listening");
        }
        TcpSocket s = d.listener.accept(d.timeout());
        int child = socket(Type.STREAM);
        Descriptor c = table.get(child);
        c.options.putAll(d.options);
        c.tcp = s;
        c.peer = s.remoteAddress();
        c.peerPort = s.remotePort();
        apply(c);
        return child;
    }

    /** connect(): the handshake for a stream socket; the default destination for a datagram socket. */
    public void connect(int fd, Ipv4Address address, int port) throws SocketError {
        Descriptor d = get(fd);
        if (d.type == Type.DGRAM) {
            if (d.udp == null) {
                bind(fd, Ipv4Address.ANY, 0);
            }
            d.peer = address;
            d.peerPort = port;
            return;
        }
        if (d.tcp != null) {
            throw new SocketError(Errno.EINVAL, "descriptor " + fd + " is already connected (EISCONN)");
        }
        d.tcp = Blocking.await(
                host.loop(),
                host.tcp().connect(address, port, d.options.get(Option.SO_RCVBUF), d.options.get(Option.SO_SNDBUF)),
                d.timeout(),
                "connect to " + address + ":" + port);
        d.peer = address;
        d.peerPort = port;
        apply(d);
    }

    private void apply(Descriptor d) {
        d.tcp.noDelay(d.options.get(Option.TCP_NODELAY) != 0);
        d.tcp.timeout(d.timeout());
        if (d.options.get(Option.SO_KEEPALIVE) != 0) {
            d.tcp.keepAlive(
                    Duration.ofHours(2), Duration.ofSeconds(75), 9); // RFC 1122's two hours; Linux's interval and count
        }
    }

    /** send(): all of it for a stream (blocking while the send buffer is full); one datagram on a connected datagram socket. */
    public int send(int fd, byte[] b, int off, int len) throws SocketError {
        Descriptor d = get(fd);
        if (d.type == Type.DGRAM) {
            if (d.peer == null) {
                throw new SocketError(Errno.ENOTCONN, "no destination: connect first or use sendto");
            }
            sendTo(fd, b, off, len, d.peer, d.peerPort);
            return len;
        }
        stream(d).write(b, off, len);
        return len;
    }

    /** recv(): up to {@code len} bytes; 0 at the end of a stream, as POSIX says. */
    public int recv(int fd, byte[] b, int off, int len) throws SocketError {
        Descriptor d = get(fd);
        if (d.type == Type.DGRAM) {
            From f = recvFrom(fd);
            int n = Math.min(len, f.data().length); // the rest of a longer datagram is discarded, as for recv(2)
            System.arraycopy(f.data(), 0, b, off, n);
            return n;
        }
        int n = stream(d).read(b, off, len);
        return Math.max(n, 0);
    }

    public void sendTo(int fd, byte[] b, int off, int len, Ipv4Address address, int port) throws SocketError {
        Descriptor d = get(fd);
        if (d.type != Type.DGRAM) {
            throw new SocketError(Errno.EINVAL, "sendto on a stream socket");
        }
        if (d.udp == null) {
            bind(fd, Ipv4Address.ANY, 0);
        }
        d.udp.sendTo(java.util.Arrays.copyOfRange(b, off, off + len), address, port);
    }

    public From recvFrom(int fd) throws SocketError {
        Descriptor d = get(fd);
        if (d.type != Type.DGRAM || d.udp == null) {
            throw new SocketError(Errno.EINVAL, "recvfrom needs a bound datagram socket");
        }
        UdpSocket.Datagram g = d.udp.receive(d.timeout());
        return new From(g.data(), g.source(), g.sourcePort());
    }

    private static TcpSocket stream(Descriptor d) throws SocketError {
        if (d.tcp == null) {
            throw new SocketError(Errno.ENOTCONN, "the stream socket is not connected");
        }
        return d.tcp;
    }

    /** shutdown(): WRITE sends the FIN; READ is recorded by POSIX only, and so here. */
    public void shutdown(int fd, How how) throws SocketError {
        Descriptor d = get(fd);
        if (how != How.READ) {
            stream(d).shutdownOutput();
        }
    }

    /** close(): frees the descriptor; see SO_LINGER. */
    public void close(int fd) throws SocketError {
        Descriptor d = get(fd);
        table.remove(fd);
        if (d.tcp != null) {
            int linger = d.options.get(Option.SO_LINGER);
            if (linger == 0) {
                d.tcp.abort();
            } else if (linger > 0) {
                d.tcp.close(Duration.ofSeconds(linger));
            } else {
                d.tcp.close();
            }
        }
        if (d.listener != null) {
            d.listener.close();
        }
        if (d.udp != null) {
            d.udp.close();
        }
    }

    /** setsockopt(): integer values (booleans as 0 and 1, SO_LINGER in seconds with -1 for off, SO_RCVTIMEO in ms). */
    public void setOption(int fd, Option option, int value) throws SocketError {
        Descriptor d = get(fd);
        if ((option == Option.SO_RCVBUF || option == Option.SO_SNDBUF) && (value < 1024 || value > (1 << 30))) {
            throw new SocketError(Errno.EINVAL, option + " is 1024 to 2^30 bytes, not " + value);
        }
        if (option == Option.SO_RCVTIMEO && value < 0) {
            throw new SocketError(Errno.EINVAL, "SO_RCVTIMEO is not negative");
        }
        d.options.put(option, value);
        if (d.udp != null && option == Option.SO_RCVBUF) {
            d.udp.receiveBufferSize(value);
        }
        if (d.tcp != null) {
            apply(d);
        }
    }

    public int getOption(int fd, Option option) throws SocketError {
        return get(fd).options.get(option);
    }

    /** The stream under a connected descriptor, for InputStream/OutputStream use. */
    public TcpSocket streamOf(int fd) throws SocketError {
        return stream(get(fd));
    }

    /** Descriptors open now. */
    public int open() {
        return table.size();
    }
}
