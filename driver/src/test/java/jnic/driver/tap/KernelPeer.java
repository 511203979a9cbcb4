package jnic.driver.tap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jnic.net.wire.MacAddress;

/**
 * The Linux kernel as a test's peer: a {@link NetworkNamespace} the test makes, holding the
 * kernel's end of a TAP device with {@code kernelAddress}. Nothing leaves the namespace. Where TAP
 * devices, namespaces or root are missing the test is skipped with the reason. Shared with the
 * stack's tests through this module's test jar.
 */
public final class KernelPeer implements AutoCloseable {
    private final NetworkNamespace namespace;
    private final TapDevice tap;

    private KernelPeer(NetworkNamespace namespace, TapDevice tap) {
        this.namespace = namespace;
        this.tap = tap;
    }

    /** This process's suffix for the names of what its tests make, so concurrent runs do not collide. */
    public static String suffix() {
        return Long.toString(ProcessHandle.current().pid() % 100000);
    }

    /**
     * Makes the namespace "jnic-{@code tag}-PID" for a test that also needs a TAP device, or skips
     * the test, saying why, where there is no {@code /dev/net/tun} or no namespace can be made.
     */
    public static NetworkNamespace namespace(String tag) throws IOException, InterruptedException {
        assumeTrue(Files.exists(Path.of("/dev/net/tun")), "skipped: no /dev/net/tun on this machine");
        try {
            return NetworkNamespace.create("jnic-" + tag + "-" + suffix());
        } catch (IOException e) {
            assumeTrue(false, "skipped: " + e.getMessage());
            throw e;
        }
    }

    /** Makes the namespace "jnic-{@code tag}-PID" and a TAP device "{@code tag}PID" (tag: 5 letters at most). */
    public static KernelPeer create(String tag, String kernelAddress, MacAddress ours)
            throws IOException, InterruptedException {
        NetworkNamespace ns = namespace(tag);
        TapDevice tap;
        try {
            tap = TapDevice.open(tag + suffix(), ours);
        } catch (IOException e) {
            ns.close();
            assumeTrue(false, "skipped: " + e.getMessage());
            throw e;
        }
        KernelPeer peer = new KernelPeer(ns, tap);
        try {
            ns.adopt(tag + suffix(), kernelAddress);
        } catch (IOException e) {
            peer.close();
            throw e;
        }
        return peer;
    }

    public TapDevice tap() {
        return tap;
    }

    public String namespace() {
        return namespace.name();
    }

    public void resolver(String nameserver) throws IOException {
        namespace.resolver(nameserver);
    }

    public String exec(String... command) throws IOException, InterruptedException {
        return namespace.exec(command);
    }

    public Process start(String... command) throws IOException {
        return namespace.start(command);
    }

    public static int run(String... command) throws IOException, InterruptedException {
        return NetworkNamespace.run(command);
    }

    @Override
    public void close() throws IOException {
        tap.close();
        namespace.close();
    }
}
