package jnic.driver.tap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Linux network namespace made for a test or a benchmark (`ip netns`), so the kernel can be a
 * peer on an isolated network: traffic there never reaches any other network. Needs root (or
 * CAP_SYS_ADMIN and CAP_NET_ADMIN); {@link #create} says clearly when it cannot. Closing deletes it.
 */
public final class NetworkNamespace implements AutoCloseable {
    private final String name;

    private NetworkNamespace(String name) {
        this.name = name;
    }

    /** Creates namespace {@code name} with IPv6 off (so only the caller's traffic flows there). */
    public static NetworkNamespace create(String name) throws IOException, InterruptedException {
        String out = output("ip", "netns", "add", name);
        if (!out.isEmpty() || run("ip", "netns", "exec", name, "true") != 0) {
            throw new IOException("cannot create network namespace " + name + " (needs root): " + out.trim());
        }
        NetworkNamespace ns = new NetworkNamespace(name);
        ns.exec("sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1");
        return ns;
    }

    public String name() {
        return name;
    }

    /** Moves interface {@code device} of the caller's namespace in, gives it {@code cidr} and brings it up. */
    public void adopt(String device, String cidr) throws IOException, InterruptedException {
        check(run("ip", "link", "set", device, "netns", name), "move " + device + " into " + name);
        check(run("ip", "-n", name, "addr", "add", cidr, "dev", device), "address " + device);
        check(run("ip", "-n", name, "link", "set", device, "up"), "bring " + device + " up");
    }

    /** Makes glibc in the namespace ask {@code nameserver} (ip netns exec mounts /etc/netns/NAME/resolv.conf). */
    public void resolver(String nameserver) throws IOException {
        Files.createDirectories(Path.of("/etc/netns", name));
        Files.writeString(
                Path.of("/etc/netns", name, "resolv.conf"),
                "nameserver " + nameserver + "\noptions timeout:1 attempts:2\n");
    }

    /** Runs {@code command} inside; returns its output (stdout and stderr). */
    public String exec(String... command) throws IOException, InterruptedException {
        return output(inside(command));
    }

    /** Starts {@code command} inside. */
    public Process start(String... command) throws IOException {
        return new ProcessBuilder(inside(command)).redirectErrorStream(true).start();
    }

    private String[] inside(String... command) {
        List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", name));
        c.addAll(List.of(command));
        return c.toArray(new String[0]);
    }

    private static void check(int status, String what) throws IOException {
        if (status != 0) {
            throw new IOException("could not " + what + " (exit " + status + ")");
        }
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

    /** Deletes the namespace and its resolver file; an interrupt is kept for the caller and reported as an IOException. */
    @Override
    public void close() throws IOException {
        try {
            run("ip", "netns", "del", name);
            run("rm", "-rf", "/etc/netns/" + name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting network namespace " + name, e);
        }
    }
}
