package jnic.stack.nio;

import java.io.IOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.IllegalSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.AbstractSelectableChannel;
import java.nio.channels.spi.AbstractSelectionKey;
import java.nio.channels.spi.AbstractSelector;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import jnic.stack.SocketError;
import jnic.stack.socket.Sockets;

/**
 * A {@link Selector} over the provider's socket descriptors: a selection is one
 * {@link Sockets#poll} of every registered channel for what its key asks (readiness comes from the
 * host's loop, nothing spins), and {@link #wakeup} ends a poll under way or the next one, as a
 * write to the JDK's wake-up pipe does. The keys follow the JDK's rules: the ready set of a key
 * already selected grows, a new one's is replaced; cancelled keys go at the next selection;
 * interest changes take effect at the next selection.
 */
final class JnicSelector extends AbstractSelector {
    private final Sockets sockets;
    private final Set<SelectionKey> keys = ConcurrentHashMap.newKeySet();
    private final Set<SelectionKey> publicKeys = Collections.unmodifiableSet(keys);
    private final Set<SelectionKey> selected = new HashSet<>();
    private final Set<SelectionKey> publicSelected = new Ungrowable(selected);
    /**
     * The wake-up of the selection under way (a fresh one per selection, so a waiting poll's
     * callback goes with it), and a wake-up that came while none was: the next selection's.
     */
    private volatile CompletableFuture<Void> selecting;

    private volatile boolean wakeupPending;

    JnicSelector(JnicSelectorProvider provider) {
        super(provider);
        this.sockets = provider.sockets();
    }

    /** A set callers may remove from but not add to, as the JDK's selected-key set. */
    private static final class Ungrowable extends AbstractSet<SelectionKey> {
        private final Set<SelectionKey> set;

        Ungrowable(Set<SelectionKey> set) {
            this.set = set;
        }

        @Override
        public Iterator<SelectionKey> iterator() {
            return set.iterator();
        }

        @Override
        public int size() {
            return set.size();
        }

        @Override
        public boolean contains(Object o) {
            return set.contains(o);
        }

        @Override
        public boolean remove(Object o) {
            return set.remove(o);
        }

        @Override
        public void clear() {
            set.clear();
        }

        @Override
        public boolean add(SelectionKey k) {
            throw new UnsupportedOperationException("the selected-key set only shrinks");
        }
    }

    private void checkOpen() {
        if (!isOpen()) {
            throw new ClosedSelectorException();
        }
    }

    @Override
    public Set<SelectionKey> keys() {
        checkOpen();
        return publicKeys;
    }

    @Override
    public Set<SelectionKey> selectedKeys() {
        checkOpen();
        return publicSelected;
    }

    @Override
    protected SelectionKey register(AbstractSelectableChannel ch, int ops, Object attachment) {
        if (!(ch instanceof JnicChannel) || ch.provider() != provider()) {
            throw new IllegalSelectorException();
        }
        checkOpen();
        JnicSelectionKey k = new JnicSelectionKey(this, ch);
        k.interestOps(ops);
        k.attach(attachment);
        keys.add(k);
        if (!isOpen()) { // closed meanwhile: its close cancelled the keys it saw, so this one goes too
            k.cancel();
            throw new ClosedSelectorException();
        }
        return k;
    }

    @Override
    public int selectNow() throws IOException {
        return select(0);
    }

    @Override
    public int select(long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return select(timeout == 0 ? -1 : (int) Math.min(timeout, Integer.MAX_VALUE));
    }

    @Override
    public int select() throws IOException {
        return select(-1);
    }

    /** One selection: waits up to {@code timeoutMillis} (0: not at all; negative: no limit). */
    private int select(int timeoutMillis) throws IOException {
        synchronized (this) {
            checkOpen();
            dropCancelled();
            List<JnicSelectionKey> watched = new ArrayList<>();
            for (SelectionKey k : keys) {
                if (k.isValid() && ((JnicSelectionKey) k).interestNow() != 0) {
                    watched.add((JnicSelectionKey) k);
                }
            }
            Sockets.PollFd[] fds = new Sockets.PollFd[watched.size()];
            for (int i = 0; i < fds.length; i++) {
                JnicSelectionKey k = watched.get(i);
                fds[i] = new Sockets.PollFd(
                        k.jnicChannel().descriptor().fd, ChannelDescriptor.pollEvents(k.interestNow()));
            }
            CompletableFuture<Void> w = new CompletableFuture<>();
            selecting = w;
            if (wakeupPending) { // set before this selection began: it returns at once
                wakeupPending = false;
                w.complete(null);
            }
            // An interrupted thread's selection does not wait but still reports what is ready, as the
            // JDK's; its status stays set. (Left set, the poll's own wait would end before its look.)
            boolean interrupted = Thread.interrupted();
            try {
                begin(); // an interrupt of the selecting thread from now on wakes it, as Selector says
                sockets.poll(fds, w.isDone() || interrupted ? 0 : timeoutMillis, w);
            } catch (SocketError e) {
                throw Exceptions.of(e);
            } finally {
                selecting = null;
                end();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            dropCancelled();
            int updated = 0;
            for (int i = 0; i < fds.length; i++) {
                JnicSelectionKey k = watched.get(i);
                if (!k.isValid() || fds[i].revents() == 0) {
                    continue;
                }
                int ready = k.jnicChannel().readyOps(fds[i].revents(), k.interestNow());
                if (ready == 0) {
                    continue;
                }
                synchronized (selected) {
                    if (selected.contains(k)) {
                        int before = k.readyOps();
                        k.readyOps(before | ready);
                        if ((before | ready) != before) {
                            updated++;
                        }
                    } else {
                        k.readyOps(ready);
                        selected.add(k);
                        updated++;
                    }
                }
            }
            return updated;
        }
    }

    /** Deregisters the keys cancelled since the last selection. */
    private void dropCancelled() {
        Set<SelectionKey> cancelled = cancelledKeys();
        synchronized (cancelled) {
            for (SelectionKey k : cancelled) {
                keys.remove(k);
                synchronized (selected) {
                    selected.remove(k);
                }
                deregister((AbstractSelectionKey) k);
            }
            cancelled.clear();
        }
    }

    @Override
    public Selector wakeup() {
        CompletableFuture<Void> w = selecting;
        if (w == null || !w.complete(null)) {
            // None under way (or it is ending): the next selection returns at once. A selection that
            // began meanwhile sees the flag, as it sets its future before it reads the flag.
            wakeupPending = true;
        }
        return this;
    }

    @Override
    protected void implCloseSelector() {
        wakeup();
        synchronized (this) {
            for (SelectionKey k : keys) {
                k.cancel();
            }
            dropCancelled();
        }
    }
}
