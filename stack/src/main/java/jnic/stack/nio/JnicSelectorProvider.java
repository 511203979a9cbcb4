package jnic.stack.nio;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import jnic.stack.host.Host;

/**
 * A {@link SelectorProvider} whose channels belong to one jnic {@link Host}: pass it where
 * software takes a provider ({@code SocketChannel.open()} is {@code provider.openSocketChannel()}).
 * What this part does not do yet (selectors, datagram channels, pipes) throws
 * {@link UnsupportedOperationException} saying so, rather than falling back to the JDK's network.
 */
public final class JnicSelectorProvider extends SelectorProvider {
    private final Host host;

    public JnicSelectorProvider(Host host) {
        this.host = host;
    }

    /** The host whose TCP the channels use. */
    public Host host() {
        return host;
    }

    @Override
    public SocketChannel openSocketChannel() {
        return new JnicSocketChannel(this, null);
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() {
        return new JnicServerSocketChannel(this);
    }

    @Override
    public DatagramChannel openDatagramChannel() {
        throw notYet("datagram channels");
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) {
        throw notYet("datagram channels");
    }

    @Override
    public Pipe openPipe() throws IOException {
        throw notYet("pipes");
    }

    @Override
    public AbstractSelector openSelector() {
        throw notYet("selectors");
    }

    static UnsupportedOperationException notYet(String what) {
        return new UnsupportedOperationException(
                "jnic's channels do not have " + what + " yet: blocking socket channels only (issue 25)");
    }
}
