package jnic.driver.time;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualTimeLoopTest {
    @Test
    void timersRunInDeadlineOrderThenSchedulingOrderAtTheirTimes() {
        ManualTimeLoop loop = new ManualTimeLoop();
        List<String> log = new ArrayList<>();
        loop.schedule(300, () -> log.add("c@" + loop.clock().nanos()));
        loop.schedule(100, () -> log.add("a@" + loop.clock().nanos()));
        loop.schedule(100, () -> log.add("b@" + loop.clock().nanos()));
        EventLoop.Timer cancelled = loop.schedule(200, () -> log.add("never"));
        assertTrue(cancelled.cancel());
        assertFalse(cancelled.cancel(), "cancelling twice");
        loop.runFor(250);
        assertEquals(List.of("a@100", "b@100"), log);
        assertEquals(250, loop.clock().nanos(), "time stops where the run ends");
        loop.runFor(1000);
        assertEquals(List.of("a@100", "b@100", "c@300"), log);
    }

    @Test
    void runUntilStopsWhenTheConditionHoldsAndTasksCanScheduleMore() {
        ManualTimeLoop loop = new ManualTimeLoop();
        int[] ticks = new int[1];
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            ticks[0]++;
            loop.schedule(1_000_000, tick[0]);
        };
        loop.execute(tick[0]);
        assertTrue(loop.runUntil(() -> ticks[0] == 60, 3600L * 1_000_000_000));
        assertEquals(59_000_000, loop.clock().nanos(), "an hour's budget, stopped at the 60th tick");
        assertFalse(loop.runUntil(() -> false, 10));
    }

    @Test
    void aFailingTaskIsCountedAndTheLoopGoesOn() {
        ManualTimeLoop loop = new ManualTimeLoop();
        List<String> log = new ArrayList<>();
        loop.execute(() -> {
            throw new IllegalStateException("boom");
        });
        loop.schedule(5, () -> log.add("after"));
        loop.runFor(10);
        assertEquals(List.of("after"), log);
        assertEquals(1, loop.failedTasks());
    }

    @Test
    void theLoopCannotBeRunFromInsideItself() {
        ManualTimeLoop loop = new ManualTimeLoop();
        List<Throwable> caught = new ArrayList<>();
        loop.execute(() -> {
            assertTrue(loop.inLoop());
            try {
                loop.runFor(1);
            } catch (IllegalStateException e) {
                caught.add(e);
            }
        });
        loop.runFor(1);
        assertEquals(1, caught.size());
        assertFalse(loop.inLoop());
    }
}
