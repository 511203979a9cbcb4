package jnic.driver.time;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WallClockLoopTest {
    @Test
    void timersFireAfterTheirDelayOnTheLoopThreadAndCancelledOnesDoNot() throws Exception {
        try (WallClockLoop loop = new WallClockLoop("test-loop")) {
            List<String> log = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(1);
            long start = loop.clock().nanos();
            loop.schedule(TimeUnit.MILLISECONDS.toNanos(30), () -> {
                log.add("late " + loop.inLoop());
                assertTrue(loop.clock().nanos() - start >= TimeUnit.MILLISECONDS.toNanos(30));
                done.countDown();
            });
            EventLoop.Timer never = loop.schedule(TimeUnit.MILLISECONDS.toNanos(10), () -> log.add("never"));
            assertTrue(never.cancel());
            loop.execute(() -> {
                throw new IllegalStateException("a failing task does not stop the loop");
            });
            loop.execute(() -> log.add("soon " + loop.inLoop()));
            assertTrue(done.await(5, TimeUnit.SECONDS));
            assertEquals(List.of("soon true", "late true"), log);
            assertFalse(loop.inLoop());
        }
    }
}
