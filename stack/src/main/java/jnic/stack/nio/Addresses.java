package jnic.stack.nio;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import jnic.net.wire.Ipv4Address;

/** Between the JDK's socket addresses and jnic's IPv4 addresses, with the JDK's exceptions. */
final class Addresses {
    private Addresses() {}

    /** An IPv4 {@link InetSocketAddress}'s address; the exceptions {@code SocketChannel.connect} names. */
    static Ipv4Address ipv4(SocketAddress a) {
        if (!(a instanceof InetSocketAddress i)) {
            throw new UnsupportedAddressTypeException();
        }
        if (i.isUnresolved()) {
            throw new UnresolvedAddressException();
        }
        if (!(i.getAddress() instanceof Inet4Address v4)) {
            throw new UnsupportedAddressTypeException();
        }
        byte[] b = v4.getAddress();
        return Ipv4Address.of(b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF, b[3] & 0xFF);
    }

    static int port(SocketAddress a) {
        return ((InetSocketAddress) a).getPort();
    }

    /** A call for a channel's address, which may fail. */
    interface AddressCall {
        SocketAddress get() throws java.io.IOException;
    }

    /** The address {@code call} gives, or null when it fails (a closed channel): the socket adaptors' answer. */
    static InetSocketAddress orNull(AddressCall call) {
        try {
            return (InetSocketAddress) call.get();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static InetSocketAddress socketAddress(Ipv4Address a, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByAddress(a.toBytes()), port); // no lookup: the bytes are given
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
