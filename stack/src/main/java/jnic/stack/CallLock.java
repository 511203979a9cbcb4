package jnic.stack;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import jnic.driver.time.EventLoop;

/**
 * A lock for calls made by a host's application threads (one read at a time on a channel, say):
 * first come, first served, not reentrant. A thread waiting for it waits as in a blocking call of
 * the stack ({@link Blocking}), so a loop on simulated time lets time pass meanwhile; a thread
 * parked in a {@code ReentrantLock} would count as running and hold simulated time still, and
 * the call that holds the lock, waiting for the network, would never end. An interrupt does not
 * end the wait (as {@code ReentrantLock.lock}); its status stays set.
 */
public final class CallLock {
    private final EventLoop loop;
    private final ArrayDeque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private boolean held;

    public CallLock(EventLoop loop) {
        this.loop = loop;
    }

    public void lock() {
        CompletableFuture<Void> turn;
        synchronized (this) {
            if (!held) {
                held = true;
                return;
            }
            turn = new CompletableFuture<>();
            waiting.add(turn);
        }
        try {
            Blocking.answer(loop, turn);
        } catch (SocketError e) {
            throw new IllegalStateException(e); // the turn is only ever completed normally
        }
    }

    /** Hands the lock to the longest waiting thread, or frees it. */
    public void unlock() {
        CompletableFuture<Void> next;
        synchronized (this) {
            if (!held) {
                throw new IllegalMonitorStateException("the lock is not held");
            }
            next = waiting.poll();
            if (next == null) {
                held = false;
                return;
            }
        }
        next.complete(null); // held goes on being true: the lock passes to that thread
    }
}
