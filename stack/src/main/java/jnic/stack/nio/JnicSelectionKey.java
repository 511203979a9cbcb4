package jnic.stack.nio;

import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.AbstractSelectionKey;

/** A channel's registration with a {@link JnicSelector}: the operations asked for and those found ready. */
final class JnicSelectionKey extends AbstractSelectionKey {
    private final JnicSelector selector;
    private final SelectableChannel channel;
    private volatile int interestOps;
    private volatile int readyOps;

    JnicSelectionKey(JnicSelector selector, SelectableChannel channel) {
        this.selector = selector;
        this.channel = channel;
    }

    JnicChannel jnicChannel() {
        return (JnicChannel) channel;
    }

    @Override
    public SelectableChannel channel() {
        return channel;
    }

    @Override
    public Selector selector() {
        return selector;
    }

    @Override
    public int interestOps() {
        checkValid();
        return interestOps;
    }

    /** Takes effect at the next selection, as the JDK's selectors do. */
    @Override
    public SelectionKey interestOps(int ops) {
        checkValid();
        if ((ops & ~channel.validOps()) != 0) {
            throw new IllegalArgumentException("Invalid interest ops: " + ops);
        }
        interestOps = ops;
        return this;
    }

    @Override
    public int readyOps() {
        checkValid();
        return readyOps;
    }

    void readyOps(int ops) {
        readyOps = ops;
    }

    /** The interest set without the validity check, for the selector's own use. */
    int interestNow() {
        return interestOps;
    }

    private void checkValid() {
        if (!isValid()) {
            throw new CancelledKeyException();
        }
    }
}
