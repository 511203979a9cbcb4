package jnic.driver.time;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One thread of control for a host: received frames, timers and posted tasks all run on it, one
 * at a time, so protocol state needs no locks and a simulated run repeats exactly. Other threads
 * hand work in with {@link #execute}.
 */
public interface EventLoop extends Executor {
    /** A scheduled task that has not run yet. */
    interface Timer {
        /** Stops it from running; false if it already ran or was cancelled. */
        boolean cancel();

        /** When it is due, on {@link #clock()}. */
        long deadline();
    }

    Clock clock();

    /** Runs {@code task} on the loop once {@code delayNanos} have passed on {@link #clock()}. */
    Timer schedule(long delayNanos, Runnable task);

    /** Runs {@code task} on the loop soon (thread-safe). */
    @Override
    void execute(Runnable task);

    /** Whether the calling thread is the one running the loop now. */
    boolean inLoop();

    /**
     * The calling thread is about to wait for {@code f}, the completion of a blocking call it made
     * (the stack's {@code Blocking}). A loop on virtual time lets its time pass only while each of
     * its application threads waits so ({@link VirtualTimeLoop#startApplication}); for any other
     * thread, or loop, this does nothing.
     */
    default void applicationWaits(CompletableFuture<?> f) {}

    /** The wait {@link #applicationWaits} announced is over (the calling thread goes on when the loop lets it). */
    default void applicationResumes() {}
}
