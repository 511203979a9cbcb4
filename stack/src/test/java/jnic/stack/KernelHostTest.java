package jnic.stack;

import java.io.IOException;
import jnic.driver.tap.KernelPeer;
import jnic.driver.time.WallClockLoop;
import jnic.stack.host.Host;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the Linux interop tests: before each test the subclass's {@link #start} makes the
 * kernel's side and the jnic host ({@link KernelHost}), whose parts are then in {@link #peer},
 * {@link #loop} and {@link #host}; after each, all of it is closed and the namespace goes. A
 * subclass's own {@code @BeforeEach} runs after this one's.
 */
public abstract class KernelHostTest {
    protected KernelPeer peer;
    protected WallClockLoop loop;
    protected Host host;
    private KernelHost net;

    /** The test's kernel peer and jnic host; skips the test (assumeTrue) where a tool it needs is missing. */
    protected abstract KernelHost start() throws Exception;

    @BeforeEach
    final void startKernelHost() throws Exception {
        net = start();
        peer = net.peer();
        loop = net.loop();
        host = net.host();
    }

    @AfterEach
    final void stopKernelHost() throws IOException {
        if (net != null) {
            net.close();
        }
    }
}
