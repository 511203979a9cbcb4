package jnic.stack;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import jnic.driver.time.EventLoop;

/**
 * The one way the stack's blocking calls wait for their asynchronous twins: off the loop only,
 * ETIMEDOUT after the timeout, the call's own {@link SocketError} otherwise. The timeout runs on
 * the loop's clock, so on simulated time it passes with simulated time and a run repeats exactly
 * (and, like everything on such a loop, only while something runs the loop).
 * A call that times out cancels its future, so whatever completes it later (data, a connection)
 * goes to the next taker instead of being lost with the abandoned one.
 */
public final class Blocking {
    /** Timeouts this long or longer are none: no timer is set (a loop on simulated time would leap to it). */
    private static final Duration NO_LIMIT = Duration.ofDays(300);

    private Blocking() {}

    /**
     * {@code f}'s value; then, once it completed, the loop's say on when the caller goes on (after
     * an interrupt the caller goes on at once: it is about to cancel {@code f}, which counts it as
     * running again).
     */
    private static <T> T get(EventLoop loop, CompletableFuture<T> f) throws InterruptedException, ExecutionException {
        try {
            return f.get();
        } finally {
            if (f.isDone()) {
                loop.applicationResumes();
            }
        }
    }

    private static void checkOffLoop(EventLoop loop) {
        if (loop.inLoop()) {
            throw new IllegalStateException(
                    "a blocking call on the event loop would stop the loop; use the async call");
        }
    }

    private static SocketError failure(ExecutionException e) {
        if (e.getCause() instanceof SocketError se) {
            return se;
        }
        throw new IllegalStateException(e.getCause());
    }

    /**
     * {@code f}'s value, waiting at most {@code timeout} on the loop's clock (ETIMEDOUT then); an
     * interrupt of the waiting thread ends the wait at once (ETIMEDOUT, the status left set).
     */
    public static <T> T await(EventLoop loop, CompletableFuture<T> f, Duration timeout, String what)
            throws SocketError {
        checkOffLoop(loop);
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicReference<EventLoop.Timer> timer = new AtomicReference<>();
        if (timeout.compareTo(NO_LIMIT) < 0) {
            long nanos = Math.max(0, timeout.toNanos());
            loop.execute(
                    () -> { // set on the loop, which may be waiting for its next timer
                        if (!f.isDone()) {
                            EventLoop.Timer t = loop.schedule(nanos, () -> {
                                timedOut.set(true);
                                f.cancel(false);
                            });
                            timer.set(t);
                            if (f.isDone()) { // ended meanwhile, perhaps before the caller could see the timer
                                t.cancel();
                            }
                        }
                    });
        }
        loop.applicationWaits(f);
        try {
            return get(loop, f);
        } catch (CancellationException e) {
            if (timedOut.get()) {
                throw new SocketError(Errno.ETIMEDOUT, what + " in " + timeout.toMillis() + " ms");
            }
            throw e;
        } catch (ExecutionException e) {
            throw failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(false);
            throw new SocketError(Errno.ETIMEDOUT, "interrupted");
        } finally {
            EventLoop.Timer t = timer.get();
            if (t != null) {
                t.cancel();
            }
        }
    }

    /**
     * The loop's answer to a call that does not wait for the network, only for one turn of the
     * loop (a non-blocking call): an interrupt does not end it, and its status stays set.
     */
    public static <T> T answer(EventLoop loop, CompletableFuture<T> f) throws SocketError {
        checkOffLoop(loop);
        boolean interrupted = false;
        loop.applicationWaits(f);
        try {
            for (; ; ) {
                try {
                    return get(loop, f);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw failure(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
