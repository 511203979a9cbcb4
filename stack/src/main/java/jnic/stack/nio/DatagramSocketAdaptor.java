package jnic.stack.nio;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.DatagramSocketImpl;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.IllegalBlockingModeException;
import java.util.Set;

/**
 * The {@link DatagramSocket} face of a {@link JnicDatagramChannel} ({@link DatagramChannel#socket()}).
 * Broadcast and the traffic class are kept and ignored (jnic's UDP sends where it is told; the
 * methods allow ignoring the class).
 */
final class DatagramSocketAdaptor extends DatagramSocket {
    private final JnicDatagramChannel channel;
    private volatile boolean broadcast;
    private volatile int trafficClass;
    private final SoTimeout soTimeout = new SoTimeout();

    DatagramSocketAdaptor(JnicDatagramChannel channel) {
        super(new NoDatagramSocketImpl());
        this.channel = channel;
    }

    @Override
    public DatagramChannel getChannel() {
        return channel;
    }

    @Override
    public void bind(SocketAddress local) throws SocketException {
        try {
            channel.bind(local);
        } catch (IOException e) {
            throw SocketAdaptor.socketException(e);
        }
    }

    @Override
    public void connect(InetAddress address, int port) {
        try {
            channel.connect(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // DatagramSocket.connect(InetAddress, int) declares none
        }
    }

    @Override
    public void connect(SocketAddress remote) throws SocketException {
        try {
            channel.connect(remote);
        } catch (IOException e) {
            throw SocketAdaptor.socketException(e);
        }
    }

    @Override
    public void disconnect() {
        try {
            channel.disconnect();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public boolean isBound() {
        return channel.isBound();
    }

    @Override
    public boolean isConnected() {
        return channel.isConnected();
    }

    private InetSocketAddress remote() {
        return Addresses.orNull(channel::getRemoteAddress);
    }

    private InetSocketAddress local() {
        return Addresses.orNull(channel::getLocalAddress);
    }

    @Override
    public InetAddress getInetAddress() {
        InetSocketAddress a = remote();
        return a == null ? null : a.getAddress();
    }

    @Override
    public int getPort() {
        InetSocketAddress a = remote();
        return a == null ? -1 : a.getPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return remote();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return local();
    }

    @Override
    public InetAddress getLocalAddress() {
        InetSocketAddress a = local();
        return a == null ? null : a.getAddress();
    }

    @Override
    public int getLocalPort() {
        InetSocketAddress a = local();
        return a == null ? 0 : a.getPort();
    }

    @Override
    public void send(DatagramPacket p) throws IOException {
        if (!channel.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        ByteBuffer b = ByteBuffer.wrap(p.getData(), p.getOffset(), p.getLength());
        if (p.getAddress() == null) {
            channel.write(b);
        } else {
            channel.send(b, p.getSocketAddress());
        }
    }

    @Override
    public void receive(DatagramPacket p) throws IOException {
        if (!channel.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        ByteBuffer b =
                ByteBuffer.wrap(p.getData(), p.getOffset(), p.getLength()); // no further than the packet's length
        int t = soTimeout.millis();
        SocketAddress from = t > 0 ? channel.receiveWithin(b, t) : channel.receive(b);
        p.setLength(b.position() - p.getOffset());
        p.setSocketAddress(from);
    }

    private <T> void set(SocketOption<T> name, T value) throws SocketException {
        SocketAdaptor.set(channel, name, value);
    }

    private <T> T get(SocketOption<T> name) throws SocketException {
        return SocketAdaptor.get(channel, name);
    }

    /** SO_TIMEOUT: how long receive waits (0: for ever); it then fails with a SocketTimeoutException. */
    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        soTimeout.set(isClosed(), timeout);
    }

    @Override
    public int getSoTimeout() throws SocketException {
        return soTimeout.get(isClosed());
    }

    @Override
    public void setSendBufferSize(int size) throws SocketException {
        set(StandardSocketOptions.SO_SNDBUF, size);
    }

    @Override
    public int getSendBufferSize() throws SocketException {
        return get(StandardSocketOptions.SO_SNDBUF);
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        set(StandardSocketOptions.SO_RCVBUF, size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return get(StandardSocketOptions.SO_RCVBUF);
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_REUSEADDR, on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return get(StandardSocketOptions.SO_REUSEADDR);
    }

    @Override
    public void setBroadcast(boolean on) {
        broadcast = on;
    }

    @Override
    public boolean getBroadcast() {
        return broadcast;
    }

    @Override
    public void setTrafficClass(int tc) {
        if (tc < 0 || tc > 255) {
            throw new IllegalArgumentException("tc is not in range 0 -- 255");
        }
        trafficClass = tc;
    }

    @Override
    public int getTrafficClass() {
        return trafficClass;
    }

    @Override
    public <T> DatagramSocket setOption(SocketOption<T> name, T value) throws IOException {
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
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a jnic descriptor does not fail; nothing is lost here
        }
    }

    @Override
    public boolean isClosed() {
        return !channel.isOpen();
    }

    /** What {@code DatagramSocket}'s constructor needs; the adaptor overrides every method that would reach it. */
    private static final class NoDatagramSocketImpl extends DatagramSocketImpl {
        private static SocketException unreachable() {
            return new SocketException("a jnic datagram socket adaptor reached java.net's implementation");
        }

        @Override
        protected void create() {}

        @Override
        protected void bind(int lport, InetAddress laddr) throws SocketException {
            throw unreachable();
        }

        @Override
        protected void send(DatagramPacket p) throws IOException {
            throw unreachable();
        }

        @Override
        protected int peek(InetAddress i) throws IOException {
            throw unreachable();
        }

        @Override
        protected int peekData(DatagramPacket p) throws IOException {
            throw unreachable();
        }

        @Override
        protected void receive(DatagramPacket p) throws IOException {
            throw unreachable();
        }

        @Override
        @Deprecated
        protected void setTTL(byte ttl) throws IOException {
            throw unreachable();
        }

        @Override
        @Deprecated
        protected byte getTTL() throws IOException {
            throw unreachable();
        }

        @Override
        protected void setTimeToLive(int ttl) throws IOException {
            throw unreachable();
        }

        @Override
        protected int getTimeToLive() throws IOException {
            throw unreachable();
        }

        @Override
        protected void join(InetAddress inetaddr) throws IOException {
            throw unreachable();
        }

        @Override
        protected void leave(InetAddress inetaddr) throws IOException {
            throw unreachable();
        }

        @Override
        protected void joinGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
            throw unreachable();
        }

        @Override
        protected void leaveGroup(SocketAddress mcastaddr, NetworkInterface netIf) throws IOException {
            throw unreachable();
        }

        @Override
        protected void close() {}

        @Override
        public void setOption(int optID, Object value) throws SocketException {
            throw unreachable();
        }

        @Override
        public Object getOption(int optID) throws SocketException {
            throw unreachable();
        }
    }
}
