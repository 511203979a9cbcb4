package jnic.stack.nio;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.ServerSocketChannel;
import java.util.Set;

/** The {@link ServerSocket} face of a {@link JnicServerSocketChannel} ({@link ServerSocketChannel#socket()}). */
final class ServerSocketAdaptor extends ServerSocket {
    private final JnicServerSocketChannel channel;
    private final SoTimeout soTimeout = new SoTimeout();

    ServerSocketAdaptor(JnicServerSocketChannel channel) {
        super(new NoSocketImpl());
        this.channel = channel;
    }

    @Override
    public ServerSocketChannel getChannel() {
        return channel;
    }

    @Override
    public void bind(SocketAddress local) throws IOException {
        bind(local, 50);
    }

    @Override
    public void bind(SocketAddress local, int backlog) throws IOException {
        channel.bind(local, backlog);
    }

    @Override
    public Socket accept() throws IOException {
        if (!channel.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        int t = soTimeout.millis();
        return (t > 0 ? channel.acceptWithin(t) : channel.accept()).socket();
    }

    private InetSocketAddress local() {
        return Addresses.orNull(channel::getLocalAddress);
    }

    @Override
    public InetAddress getInetAddress() {
        InetSocketAddress a = local();
        return a == null ? null : a.getAddress();
    }

    @Override
    public int getLocalPort() {
        InetSocketAddress a = local();
        return a == null ? -1 : a.getPort();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return local();
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        SocketAdaptor.set(channel, StandardSocketOptions.SO_REUSEADDR, on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return SocketAdaptor.get(channel, StandardSocketOptions.SO_REUSEADDR);
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        SocketAdaptor.set(channel, StandardSocketOptions.SO_RCVBUF, size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return SocketAdaptor.get(channel, StandardSocketOptions.SO_RCVBUF);
    }

    /** SO_TIMEOUT: how long accept waits (0: for ever); it then fails with a SocketTimeoutException. */
    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        soTimeout.set(isClosed(), timeout);
    }

    @Override
    public int getSoTimeout() throws SocketException {
        return soTimeout.get(isClosed());
    }

    @Override
    public <T> ServerSocket setOption(SocketOption<T> name, T value) throws IOException {
        channel.setOption(name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return channel.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return channel.supportedOptions();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public boolean isBound() {
        return channel.isBound();
    }

    @Override
    public boolean isClosed() {
        return !channel.isOpen();
    }

    @Override
    public String toString() {
        return isBound()
                ? "ServerSocket[addr=" + getInetAddress() + ",localport=" + getLocalPort() + "]"
                : "ServerSocket[unbound]";
    }
}
