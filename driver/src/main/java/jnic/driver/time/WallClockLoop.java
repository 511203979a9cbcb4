package jnic.driver.time;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event loop on wall time ({@link System#nanoTime}): one thread runs posted tasks and timers.
 * For hosts on real devices (TAP), where the peer does not wait for simulated time.
 */
public final class WallClockLoop implements EventLoop, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WallClockLoop.class);
    private final ScheduledThreadPoolExecutor executor;
    private volatile Thread thread;

    public WallClockLoop(String name) {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Clock clock() {
        return System::nanoTime;
    }

    @Override
    public Timer schedule(long delayNanos, Runnable task) {
        long deadline = System.nanoTime() + delayNanos;
        ScheduledFuture<?> f = executor.schedule(guarded(task), delayNanos, TimeUnit.NANOSECONDS);
        return new Timer() {
            @Override
            public boolean cancel() {
                return f.cancel(false);
            }

            @Override
            public long deadline() {
                return deadline;
            }
        };
    }

    @Override
    public void execute(Runnable task) {
        executor.execute(guarded(task));
    }

    @Override
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** A failing task is logged and the loop goes on (an exception must not kill the host's thread). */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("a task on the event loop failed; the loop goes on", e);
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
