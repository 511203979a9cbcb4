package jnic.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jnic.driver.tap.KernelPeer;
import jnic.driver.tap.NetworkNamespace;

/**
 * {@code jnic host --tap} run by a test, with the kernel as its peer: the command makes its TAP
 * device, which is then moved into a namespace of the test's own and given the kernel's address.
 * Skipped, with the reason, without /dev/net/tun or the rights to make a namespace. Closing waits
 * for the command to stop (give it {@code --seconds}) and deletes the namespace.
 */
final class HostInNamespace implements AutoCloseable {
    private final NetworkNamespace namespace;
    private final CompletableFuture<Integer> host;

    private HostInNamespace(NetworkNamespace namespace, CompletableFuture<Integer> host) {
        this.namespace = namespace;
        this.host = host;
    }

    /**
     * Starts {@code jnic host --tap T --ip JNIC_CIDR ARGS...} and, in namespace "jnic-TAG-PID",
     * gives its TAP device {@code kernelCidr}.
     */
    static HostInNamespace start(String tag, String jnicCidr, String kernelCidr, String... args)
            throws IOException, InterruptedException {
        String tap = tag + KernelPeer.suffix();
        NetworkNamespace ns = KernelPeer.namespace(tag);
        List<String> command = new ArrayList<>(List.of("host", "--tap", tap, "--ip", jnicCidr));
        command.addAll(List.of(args));
        CompletableFuture<Integer> host = CompletableFuture.supplyAsync(() -> Jnic.run(command.toArray(new String[0])));
        for (int i = 0; i < 50 && NetworkNamespace.run("ip", "link", "show", tap) != 0; i++) {
            Thread.sleep(100);
        }
        HostInNamespace h = new HostInNamespace(ns, host);
        try {
            ns.adopt(tap, kernelCidr);
        } catch (IOException e) {
            h.close();
            throw e;
        }
        return h;
    }

    /** Runs {@code command} in the namespace; its output. */
    String exec(String... command) throws IOException, InterruptedException {
        return namespace.exec(command);
    }

    /** The command's exit status, once it has stopped (within {@code seconds}). */
    int exitStatus(long seconds) throws Exception {
        return host.get(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        try {
            host.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the test has failed already, or the host did not stop: the namespace goes all the same
        } finally {
            namespace.close();
        }
    }
}
