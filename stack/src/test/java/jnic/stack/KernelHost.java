package jnic.stack;

import java.io.IOException;
import java.util.function.UnaryOperator;
import jnic.driver.NetDevice;
import jnic.driver.tap.KernelPeer;
import jnic.driver.time.WallClockLoop;
import jnic.net.wire.MacAddress;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;

/**
 * What every Linux interop test sets up: the kernel at the end of a TAP device in a namespace the
 * test makes ({@link KernelPeer}), and a jnic host on that device, run by a wall-clock loop.
 * Create it in {@code @BeforeEach} and close it in {@code @AfterEach}; the namespace and the
 * device go with it. Skipped, as {@link KernelPeer} skips, where TAP devices or namespaces cannot
 * be made.
 *
 * @param peer the kernel's side: its namespace and the TAP device
 * @param loop the jnic host's event loop
 * @param host the jnic host on the TAP device
 */
public record KernelHost(KernelPeer peer, WallClockLoop loop, Host host) implements AutoCloseable {
    /**
     * The kernel at {@code kernelAddress} (address/prefix), jnic at {@code jnicAddress} with the
     * station address {@code mac} and host seed {@code seed}; {@code device} may wrap the TAP
     * device (to watch or change what crosses it), or return it as it is.
     */
    public static KernelHost create(
            String tag,
            String kernelAddress,
            String jnicAddress,
            String mac,
            long seed,
            UnaryOperator<NetDevice> device)
            throws Exception {
        KernelPeer peer = KernelPeer.create(tag, kernelAddress, MacAddress.parse(mac));
        WallClockLoop loop = new WallClockLoop("jnic-" + tag);
        Host host = new Host("jnic", loop, HostConfig.DEFAULT.withSeed(seed));
        host.attach(device.apply(peer.tap()), InterfaceAddress.parse(jnicAddress));
        return new KernelHost(peer, loop, host);
    }

    /** {@link #create} with the TAP device as it is. */
    public static KernelHost create(String tag, String kernelAddress, String jnicAddress, String mac, long seed)
            throws Exception {
        return create(tag, kernelAddress, jnicAddress, mac, seed, UnaryOperator.identity());
    }

    /** Closes the host, its loop and the kernel's side (the namespace goes). */
    @Override
    public void close() throws IOException {
        host.close();
        loop.close();
        peer.close();
    }
}
