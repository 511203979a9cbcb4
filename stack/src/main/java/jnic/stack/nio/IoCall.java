package jnic.stack.nio;

import java.io.IOException;
import jnic.stack.CallLock;

/** A channel's call that may wait. */
@FunctionalInterface
interface IoCall<T> {
    T call() throws IOException;

    /** A channel's {@code AbstractInterruptibleChannel.end}, which is protected there. */
    @FunctionalInterface
    interface End {
        void end(boolean completed) throws IOException;
    }

    /**
     * Runs {@code call}; in blocking mode between the channel's {@code begin} and {@code end}, so a
     * close from another thread ends it with AsynchronousCloseException and an interrupt of the
     * waiting thread closes the channel and ends it with ClosedByInterruptException, as the JDK's
     * channels do. (Non-blocking calls do not wait, and an interrupt leaves them alone, as there.)
     */
    static <T> T interruptibly(boolean blocking, Runnable begin, End end, IoCall<T> call) throws IOException {
        boolean completed = false;
        try {
            if (blocking) {
                begin.run();
            }
            T result = call.call();
            completed = true;
            return result;
        } finally {
            if (blocking) {
                end.end(completed);
            }
        }
    }

    /** Runs {@code call} holding {@code first}, then {@code second} too (a channel's read and write locks). */
    static <T> T holding(CallLock first, CallLock second, IoCall<T> call) throws IOException {
        first.lock();
        try {
            second.lock();
            try {
                return call.call();
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }
}
