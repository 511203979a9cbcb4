package jnic.driver.tap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jnic.driver.MacAddress;

/**
 * The Linux kernel as a test's peer: a network namespace the test makes, a TAP device whose
 * kernel end is moved into it with {@code kernelAddress}, and IPv6 off there so only the test's
 * traffic flows. Nothing leaves the namespace. Where TAP devices, namespaces or root are missing
 * the test is skipped with the reason. Closing removes the namespace (and its resolv.conf).
 * Shared with the stack's tests through this module's test jar.
 */
public final class KernelPeer implements AutoCloseable {
    private final String namespace;
    private final String interfaceName;
    private final TapDevice tap;

    private KernelPeer(String namespace, String interfaceName, TapDevice tap) {
        this.namespace = namespace;
        this.interfaceName = interfaceName;
        this.tap = tap;
    }

    /** Makes the namespace "jnic-{@code tag}-PID" and a TAP device "{@code tag}PID" (tag: 5 letters at most). */
    public static KernelPeer create(String tag, String kernelAddress, MacAddress ours) throws IOException, InterruptedException {
        String suffix = Long.toString(ProcessHandle.current().pid() % 100000);
        String namespace = "jnic-" + tag + "-" + suffix;
        String interfaceName = tag + suffix;
        assumeTrue(Files.exists(Path.of("/dev/net/tun")), "skipped: no /dev/net/tun on this machine");
        assumeTrue(run("ip", "netns", "add", namespace) == 0, "skipped: cannot create a network namespace (needs root)");
        TapDevice tap;
        try {
            tap = TapDevice.open(interfaceName, ours);
        } catch (IOException e) {
            run("ip", "netns", "del", namespace);
            assumeTrue(false, "skipped: " + e.getMessage());
            throw e;
        }
        KernelPeer peer = new KernelPeer(namespace, interfaceName, tap);
        peer.check(run("ip", "link", "set", interfaceName, "netns", namespace), "move the TAP device into the namespace");
        peer.exec("sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1");
        peer.check(run("ip", "-n", namespace, "addr", "add", kernelAddress, "dev", interfaceName), "address the kernel's end");
        peer.check(run("ip", "-n", namespace, "link", "set", interfaceName, "up"), "bring the kernel's end up");
        return peer;
    }

    private void check(int status, String what) throws IOException, InterruptedException {
        if (status != 0) {
            close();
            throw new IOException("could not " + what + " (exit " + status + ")");
        }
    }

    public TapDevice tap() {
        return tap;
    }

    public String namespace() {
        return namespace;
    }

    public String interfaceName() {
        return interfaceName;
    }

    /** Makes glibc in the namespace ask {@code nameserver} (ip netns exec mounts /etc/netns/NS/resolv.conf). */
    public void resolver(String nameserver) throws IOException {
        Files.createDirectories(Path.of("/etc/netns", namespace));
        Files.writeString(Path.of("/etc/netns", namespace, "resolv.conf"), "nameserver " + nameserver + "\noptions timeout:1 attempts:2\n");
    }

    /** Runs {@code command} inside the namespace; returns its output (stdout and stderr). */
    public String exec(String... command) throws IOException, InterruptedException {
        return output(inNamespace(command));
    }

    /** Starts {@code command} inside the namespace. */
    public Process start(String... command) throws IOException {
        return new ProcessBuilder(inNamespace(command)).redirectErrorStream(true).start();
    }

    private String[] inNamespace(String... command) {
        List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        c.addAll(List.of(command));
        return c.toArray(new String[0]);
    }

    public static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    public static String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tap.close();
        run("ip", "netns", "del", namespace);
        run("rm", "-rf", "/etc/netns/" + namespace);
    }
}
