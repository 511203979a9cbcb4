package jnic.stack.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackHub;
import jnic.stack.TestNet;
import jnic.stack.echo.Echo;
import jnic.stack.host.Host;
import org.junit.jupiter.api.Test;

/**
 * An application thread on a virtual-time loop ({@code VirtualTimeLoop.startApplication}) using the
 * descriptor API: simulated time stands still while it computes and passes only while it waits in
 * a blocking call, so what it sees does not depend on how fast its thread runs.
 */
class ApplicationThreadTest {
    /** What the application saw: the simulated time (ns) at each step, and the echo it read back. */
    record Seen(List<Long> times, byte[] echoed) {}

    private static Seen run(long wallMillisBetweenCalls) throws Exception {
        TestNet net = new TestNet();
        LoopbackHub segment = net.segment();
        Host a = net.host("a", segment, "10.9.0.1/24");
        Host b = net.host("b", segment, "10.9.0.2/24");
        Echo.serve(b, 7);
        Sockets sockets = new Sockets(a);
        byte[] message = new byte[20_000];
        new Random(3).nextBytes(message);
        List<Long> times = new ArrayList<>();
        CompletableFuture<byte[]> app = net.lan.startApplication("app", () -> {
            times.add(net.lan.clock().nanos());
            int fd = sockets.socket(Sockets.Type.STREAM);
            sockets.connect(fd, b.address(), 7);
            times.add(net.lan.clock().nanos());
            Thread.sleep(wallMillisBetweenCalls); // the application computes: no time may pass
            times.add(net.lan.clock().nanos());
            int sent = 0;
            ByteArrayOutputStream echoed = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (echoed.size() < message.length) {
                if (sent < message.length) {
                    sent += sockets.send(fd, message, sent, Math.min(4096, message.length - sent));
                }
                int n = sockets.recv(fd, buffer, 0, buffer.length);
                echoed.write(buffer, 0, n);
                times.add(net.lan.clock().nanos());
                Thread.sleep(wallMillisBetweenCalls / 10);
            }
            sockets.close(fd);
            times.add(net.lan.clock().nanos());
            return echoed.toByteArray();
        });
        assertTrue(net.runUntil(app::isDone, 10_000), "the application finished");
        assertArrayEquals(message, app.join(), "every byte echoed");
        return new Seen(times, app.join());
    }

    @Test
    void timeStandsStillWhileTheApplicationComputesAndTheRunRepeats() throws Exception {
        Seen quick = run(0);
        Seen slow = run(30);
        assertEquals(quick.times(), slow.times(), "the same simulated times, however long the application took");
        List<Long> t = slow.times();
        assertTrue(t.get(1) - t.get(0) >= 2 * TestNet.LATENCY_NANOS, "connect waited a round trip: " + t);
        assertEquals(t.get(1), t.get(2), "30 ms of the application's wall time took no simulated time");
        assertTrue(t.get(t.size() - 1) < 1_000_000_000L, "and the echo took well under a simulated second: " + t);
    }
}
