package jnic.stack;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jnic.driver.time.EventLoop;

/**
 * The one way the stack's blocking calls wait for their asynchronous twins: off the loop only,
 * ETIMEDOUT after the timeout, the call's own {@link SocketError} otherwise. A call that times out
 * cancels its future, so whatever completes it later (data, a connection) goes to the next taker
 * instead of being lost with the abandoned one.
 */
public final class Blocking {
    private Blocking() {}

    /**
     * {@code f}'s value within {@code timeout}; then, once it completed, the loop's say on when the
     * caller goes on (after a timeout or an interrupt the caller goes on at once: it is about to
     * cancel {@code f}, which counts it as running again).
     */
    private static <T> T get(EventLoop loop, CompletableFuture<T> f, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return f.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            if (f.isDone()) {
                loop.applicationResumes();
            }
        }
    }

    public static <T> T await(EventLoop loop, CompletableFuture<T> f, Duration timeout, String what)
            throws SocketError {
        if (loop.inLoop()) {
            throw new IllegalStateException(
                    "a blocking call on the event loop would stop the loop; use the async call");
        }
        loop.applicationWaits(f);
        try {
            return get(loop, f, timeout);
        } catch (TimeoutException e) {
            if (f.cancel(false)) {
                throw new SocketError(Errno.ETIMEDOUT, what + " in " + timeout.toMillis() + " ms");
            }
            return await(loop, f, Duration.ZERO, what); // completed just now: take its result
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SocketError) {
                throw (SocketError) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(false);
            throw new SocketError(Errno.ETIMEDOUT, "interrupted");
        }
    }
}
