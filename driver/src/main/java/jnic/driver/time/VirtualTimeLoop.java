package jnic.driver.time;

import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event loop on time that only moves when the loop moves it: whoever calls {@link #runFor}
 * or {@link #runUntil} drives it. Each turn runs the posted tasks, then the timers that are due
 * (in deadline order; equal deadlines in the order scheduled), then lets time advance toward the
 * next deadline through {@link #advance}, which a subclass implements: {@link ManualTimeLoop}
 * jumps, a simulated LAN runs its hardware and may stop early for an interrupt.
 *
 * <p>Application threads ({@link #startApplication}) use the stack's blocking calls from outside
 * the loop, as a program uses a kernel's. The loop does nothing while any of them runs, so time
 * stands still; it goes on when every one of them waits in a blocking call
 * ({@link #applicationWaits}), and one whose call completed goes on only once the loop has parked
 * again ({@link #applicationResumes}). So what an application sees, and when, depends on what it
 * does, not on how fast its thread runs, and a run repeats exactly.
 */
public abstract class VirtualTimeLoop implements EventLoop {
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<ScheduledTask> timers = new PriorityQueue<>();
    private final ReentrantLock driving = new ReentrantLock();
    private final AtomicLong failedTasks = new AtomicLong();
    private long sequence;
    private final Object applications = new Object();
    private int applicationsRunning; // guarded by applications
    private boolean loopParked = true; // guarded by applications: the loop does nothing now
    private final ThreadLocal<Boolean> applicationThread = ThreadLocal.withInitial(() -> false);
    private static final Logger LOG = LoggerFactory.getLogger(VirtualTimeLoop.class);

    private final class ScheduledTask implements Timer, Comparable<ScheduledTask> {
        final long deadline;
        final long order;
        final Runnable task;
        boolean done;

        ScheduledTask(long deadline, long order, Runnable task) {
            this.deadline = deadline;
            this.order = order;
            this.task = task;
        }

        @Override
        public boolean cancel() {
            synchronized (timers) {
                if (done) {
                    return false;
                }
                done = true;
                return timers.remove(this);
            }
        }

        @Override
        public long deadline() {
            return deadline;
        }

        @Override
        public int compareTo(ScheduledTask o) {
            int c = Long.compare(deadline, o.deadline);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    /** The loop's time now, in nanoseconds. */
    protected abstract long now();

    /**
     * Moves time toward {@code deadline} (never past it), handling whatever happens on the way;
     * may return early when something happened that the loop should look at.
     */
    protected abstract void advance(long deadline);

    /** Whether anything is waiting to run (posted tasks or timers). */
    protected boolean hasPendingWork() {
        synchronized (timers) {
            return !tasks.isEmpty() || !timers.isEmpty();
        }
    }

    /** Called when a task is posted from another thread, for a loop that waits while idle. */
    protected void wakeUp() {}

    @Override
    public final Clock clock() {
        return this::now;
    }

    @Override
    public final Timer schedule(long delayNanos, Runnable task) {
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative delay " + delayNanos);
        }
        synchronized (timers) {
            ScheduledTask t = new ScheduledTask(now() + delayNanos, sequence++, task);
            timers.add(t);
            return t;
        }
    }

    @Override
    public final void execute(Runnable task) {
        tasks.add(task);
        if (!inLoop()) {
            wakeUp();
        }
    }

    /**
     * Runs {@code body} on a new application thread named {@code name}; the future completes with
     * what it returns or throws. From now until it ends, the loop does nothing while it runs, and
     * time passes only while it waits in a blocking call (see the class comment). An application
     * never drives the loop itself.
     */
    public final <T> CompletableFuture<T> startApplication(String name, Callable<T> body) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = applicationThread(
                () -> {
                    try {
                        result.complete(body.call());
                    } catch (Exception | Error e) {
                        result.completeExceptionally(e);
                    }
                },
                name);
        t.start();
        return result;
    }

    /**
     * Threads that are application threads of this loop from their start to their end, for
     * software that makes its own threads (Netty's event loops take a {@link ThreadFactory}): while
     * one runs, time stands still; it passes while each waits in a blocking call, as for
     * {@link #startApplication}. The threads are daemons named {@code name-1}, {@code name-2}...
     */
    public final ThreadFactory applicationThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> applicationThread(r, name + "-" + count.incrementAndGet());
    }

    /**
     * A thread (not started) that counts as a running application from its {@code start()} until
     * {@code body} ends; counted before it starts, so no time passes between the two. A thread
     * that is made but never started counts for nothing.
     */
    private Thread applicationThread(Runnable body, String name) {
        Thread t =
                new Thread(
                        () -> {
                            applicationThread.set(true);
                            try {
                                applicationResumes(); // starts when the loop is parked, as after a wait
                                body.run();
                            } finally {
                                applicationThread.set(false);
                                applicationPaused();
                            }
                        },
                        name) {
                    @Override
                    public synchronized void start() {
                        synchronized (applications) {
                            applicationsRunning++;
                        }
                        super.start();
                    }
                };
        t.setDaemon(true);
        return t;
    }

    /**
     * An application thread waits for {@code f}: the loop may go on, and time pass, until {@code f}
     * completes; from then on the loop stops at its next turn for the application to run.
     */
    @Override
    public final void applicationWaits(CompletableFuture<?> f) {
        if (!applicationThread.get()) {
            return;
        }
        // The completion counts the application as running again before the loop goes on from it;
        // registered before the pause, so no completion can slip between the two.
        f.whenComplete((value, error) -> {
            synchronized (applications) {
                applicationsRunning++;
            }
        });
        applicationPaused();
    }

    /**
     * An application thread's wait is over: it goes on once the loop has finished what it was
     * doing and parked, so what the application sees does not depend on its thread's speed.
     */
    @Override
    public final void applicationResumes() {
        if (!applicationThread.get()) {
            return;
        }
        synchronized (applications) {
            while (!loopParked) {
                try {
                    applications.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void applicationPaused() {
        synchronized (applications) {
            applicationsRunning--;
            applications.notifyAll();
        }
    }

    /** Parks the loop while an application thread runs. */
    private void awaitApplications() {
        synchronized (applications) {
            loopParked = true;
            applications.notifyAll();
            try {
                while (applicationsRunning > 0) {
                    applications.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                loopParked = false;
            }
        }
    }

    private boolean applicationsRunning() {
        synchronized (applications) {
            return applicationsRunning > 0;
        }
    }

    private void parkOnExit() {
        synchronized (applications) {
            loopParked = true; // nobody drives the loop: an application need not wait for it
            applications.notifyAll();
        }
    }

    @Override
    public final boolean inLoop() {
        return driving.isHeldByCurrentThread();
    }

    /** Runs the loop for {@code nanos} of its time. */
    public final void runFor(long nanos) {
        runUntil(() -> false, nanos);
    }

    /**
     * Runs the loop until {@code done} holds (checked after every turn) or {@code maxNanos} of its
     * time have passed. Returns whether {@code done} held. Not to be called from the loop itself.
     */
    public final boolean runUntil(BooleanSupplier done, long maxNanos) {
        if (inLoop()) {
            throw new IllegalStateException(
                    "the loop cannot be run from inside itself (a blocking call on the loop thread?)");
        }
        driving.lock();
        try {
            long start = now();
            long end = maxNanos > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + maxNanos;
            for (; ; ) {
                awaitApplications();
                runTasks();
                runDueTimers();
                if (done.getAsBoolean()) {
                    return true;
                }
                if (!tasks.isEmpty() || applicationsRunning()) {
                    continue; // tasks posted meanwhile, and a resumed application, go before time moves
                }
                long t = now();
                if (t >= end) {
                    return false;
                }
                advance(Math.min(end, nextDeadline()));
            }
        } finally {
            parkOnExit();
            driving.unlock();
        }
    }

    /** Holds the loop for the calling thread while {@code action} runs (for set-up steps that drive hardware). */
    protected final <T> T whileDriving(java.util.function.Supplier<T> action) {
        driving.lock();
        try {
            return action.get();
        } finally {
            driving.unlock();
        }
    }

    private long nextDeadline() {
        synchronized (timers) {
            ScheduledTask t = timers.peek();
            return t == null ? Long.MAX_VALUE : t.deadline;
        }
    }

    /** Tasks and timers that threw: each is logged and counted, and the loop goes on. */
    public final long failedTasks() {
        return failedTasks.get();
    }

    private void runTasks() {
        for (Runnable r; (r = tasks.poll()) != null; ) {
            runGuarded(r);
        }
    }

    private void runGuarded(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            failedTasks.incrementAndGet();
            LOG.warn("a task on the event loop failed; the loop goes on", e);
        }
    }

    private void runDueTimers() {
        for (; ; ) {
            ScheduledTask t;
            synchronized (timers) {
                t = timers.peek();
                if (t == null || t.deadline > now()) {
                    return;
                }
                timers.poll();
                t.done = true;
            }
            runGuarded(t.task);
            runTasks();
        }
    }
}
