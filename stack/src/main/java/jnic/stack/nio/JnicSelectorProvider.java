package jnic.stack.nio;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import jnic.stack.host.Host;
import jnic.stack.socket.Sockets;

/**
 * A {@link SelectorProvider} whose channels and selectors belong to one jnic {@link Host}: each
 * channel is a descriptor of the host's {@link Sockets} table, each selector polls those.
 *
 * <p>Two ways in. Pass it where software takes a provider ({@code new JnicSelectorProvider(host)};
 * Netty's NIO transport takes one). Or make it the JVM's default, for software that only calls
 * {@code SocketChannel.open()} and {@code Selector.open()} (the JDK's {@code HttpClient}): start the
 * JVM with {@code -Djava.nio.channels.spi.SelectorProvider=jnic.stack.nio.JnicSelectorProvider}
 * and call {@link #useAsDefaultFor(Host)} before the first channel opens. Then every NIO channel
 * of that JVM is the host's; the JDK's network is not reachable through NIO any more.
 *
 * <p>Pipes are not there (nothing that runs on jnic has needed one): {@link #openPipe} throws
 * {@link UnsupportedOperationException}, as do IPv6 channels.
 */
public final class JnicSelectorProvider extends SelectorProvider {
    private static volatile Host defaultHost;
    private final Host host;
    private volatile Sockets sockets;

    public JnicSelectorProvider(Host host) {
        this.host = host;
    }

    /** The JVM's default provider, made by the JDK from the system property; its host is {@link #useAsDefaultFor}'s. */
    public JnicSelectorProvider() {
        this.host = null;
    }

    /** The host whose network the default provider's channels use; call it before the first one opens. */
    public static void useAsDefaultFor(Host host) {
        defaultHost = host;
    }

    /** The host whose network the channels use. */
    public Host host() {
        Host h = host != null ? host : defaultHost;
        if (h == null) {
            throw new IllegalStateException("jnic is the JVM's NIO provider but has no host yet:"
                    + " call JnicSelectorProvider.useAsDefaultFor(host) before opening channels");
        }
        return h;
    }

    /**
     * The host's descriptor table the channels live in (one per provider). It never gives a number
     * twice, so a thread still in a call on a channel another thread closed gets the close, not
     * another channel's socket.
     */
    Sockets sockets() {
        Sockets s = sockets;
        if (s == null) {
            synchronized (this) {
                if (sockets == null) {
                    sockets = Sockets.withoutReuse(host()); // a closing channel's number stays its own
                }
                s = sockets;
            }
        }
        return s;
    }

    @Override
    public SocketChannel openSocketChannel() {
        return new JnicSocketChannel(this);
    }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) {
        ipv4Only(family);
        return new JnicSocketChannel(this);
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() {
        return new JnicServerSocketChannel(this);
    }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) {
        ipv4Only(family);
        return new JnicServerSocketChannel(this);
    }

    @Override
    public DatagramChannel openDatagramChannel() {
        return new JnicDatagramChannel(this);
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) {
        ipv4Only(family);
        return new JnicDatagramChannel(this);
    }

    private static void ipv4Only(ProtocolFamily family) {
        if (family != StandardProtocolFamily.INET) {
            throw new UnsupportedOperationException("jnic's stack is IPv4 only, not " + family);
        }
    }

    @Override
    public Pipe openPipe() throws IOException {
        throw new UnsupportedOperationException("jnic's channels have no pipes");
    }

    @Override
    public AbstractSelector openSelector() {
        return new JnicSelector(this);
    }
}
