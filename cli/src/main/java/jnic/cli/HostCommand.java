package jnic.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jnic.driver.tap.TapDevice;
import jnic.driver.time.WallClockLoop;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.MacAddress;
import jnic.stack.host.Host;
import jnic.stack.http.HttpMessage;
import jnic.stack.http.HttpServer;
import jnic.stack.iface.InterfaceAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jnic host --tap NAME --ip A/N}: a jnic host on a Linux TAP device, so the kernel can ping, curl and nc it. */
@Command(
        name = "host",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a jnic host on a Linux TAP device (needs root or CAP_NET_ADMIN).",
            "Then, on the Linux side: ip addr add <another address of the subnet> dev NAME; ip link set NAME up."
        })
final class HostCommand implements Callable<Integer> {
    @Option(names = "--tap", required = true, description = "the TAP device to create, e.g. tap0")
    String tap;

    @Option(names = "--ip", required = true, description = "the host's address and prefix, e.g. 10.0.0.2/24")
    String ip;

    @Option(names = "--gw", description = "default gateway")
    String gateway;

    @Option(
            names = "--mac",
            description = "the host's MAC address (default: ${DEFAULT-VALUE})",
            defaultValue = "02:4a:4e:00:00:02")
    String mac;

    @Option(names = "--serve-http", description = "serve the files of DIR over HTTP on port 80")
    Path httpRoot;

    @Option(names = "--echo", description = "echo TCP and UDP on this port")
    Integer echoPort;

    @Option(
            names = "--seconds",
            description = "stop after this many seconds (default: run until interrupted)",
            defaultValue = "0")
    long seconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InterfaceAddress address;
        MacAddress hardware;
        Ipv4Address gw = null;
        try {
            address = InterfaceAddress.parse(ip);
            hardware = MacAddress.parse(mac);
            if (gateway != null) {
                gw = Ipv4Address.parse(gateway);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (httpRoot != null && !Files.isDirectory(httpRoot)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--serve-http: " + httpRoot + " is not a directory");
        }
        if (echoPort != null && (echoPort < 1 || echoPort > 65535)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--echo: a port is 1 to 65535, not " + echoPort);
        }
        TapDevice device;
        try {
            device = TapDevice.open(tap, hardware);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("jnic host: " + e.getMessage());
            return 1;
        }
        try (WallClockLoop loop = new WallClockLoop("jnic-host");
                TapDevice d = device) {
            Host host = new Host("jnic", loop);
            host.attach(d, address);
            if (gw != null) {
                host.setDefaultGateway(gw);
            }
            StringBuilder what = new StringBuilder();
            if (httpRoot != null) {
                Path root = httpRoot.toAbsolutePath().normalize();
                new HttpServer(host, 80, request -> serveFile(root, request));
                what.append(", HTTP on port 80 from ").append(root);
            }
            if (echoPort != null) {
                jnic.stack.echo.Echo.serve(host, echoPort);
                what.append(", echo on port ").append(echoPort).append(" (TCP and UDP)");
            }
            System.out.println("jnic host " + address + " (" + hardware + ") on " + tap + what);
            System.out.println("  Linux side: ip addr add <another address of " + address.subnet() + "> dev " + tap
                    + "; ip link set " + tap + " up");
            CountDownLatch forever = new CountDownLatch(1);
            if (seconds > 0) {
                forever.await(seconds, TimeUnit.SECONDS);
            } else {
                forever.await();
            }
            System.out.println("jnic host: stopping; counters " + host.counters());
            host.close();
        }
        return 0;
    }

    /**
     * GET or HEAD of a file under {@code root}: "/" is index.html; nothing outside root is served;
     * other methods get 405. The server keeps connections open between requests.
     */
    static HttpMessage.Response serveFile(Path root, HttpMessage.Request request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return new HttpMessage.Response(
                    405,
                    "Method Not Allowed",
                    Map.of("content-type", "text/plain", "allow", "GET, HEAD"),
                    (request.method() + " is not allowed: the files are read-only\n").getBytes(StandardCharsets.UTF_8));
        }
        String target = request.target().split("\\?", 2)[0];
        Path file = root.resolve(target.equals("/") ? "index.html" : target.substring(1))
                .normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return new HttpMessage.Response(
                    404,
                    "Not Found",
                    Map.of("content-type", "text/plain"),
                    ("no file at " + target + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try {
            String name = file.getFileName().toString();
            String type = name.endsWith(".html")
                    ? "text/html; charset=utf-8"
                    : name.endsWith(".txt") ? "text/plain; charset=utf-8" : "application/octet-stream";
            return new HttpMessage.Response(200, "OK", Map.of("content-type", type), Files.readAllBytes(file));
        } catch (IOException e) {
            return new HttpMessage.Response(500, "Internal Server Error", Map.of(), new byte[0]);
        }
    }
}
