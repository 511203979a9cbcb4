package jnic.stack.echo;

import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import jnic.stack.udp.UdpSocket;

/** RFC 862: what arrives on the port, over TCP or UDP, goes back to its sender. */
public final class Echo {
    private Echo() {}

    /** Echoes TCP and UDP on {@code port} of {@code host} from now on. */
    public static void serve(Host host, int port) throws SocketError {
        udp(host.udp().open(port));
        tcp(host.tcp().listen(port, 16));
    }

    private static void udp(UdpSocket s) {
        s.receiveAsync().thenAccept(d -> {
            try {
                s.sendTo(d.data(), d.source(), d.sourcePort());
            } catch (SocketError e) {
                // the sender went away; echo is best effort, as UDP is
            }
            udp(s);
        });
    }

    private static void tcp(TcpListener l) {
        l.acceptAsync().thenAccept(s -> {
            stream(s, new byte[16384]);
            tcp(l);
        });
    }

    private static void stream(TcpSocket s, byte[] buffer) {
        s.readAsync(buffer, 0, buffer.length).whenComplete((n, e) -> {
            if (e != null || n < 0) {
                s.close();
                return;
            }
            s.writeAsync(buffer, 0, n).whenComplete((done, failed) -> {
                if (failed != null) {
                    s.close(); // reset while writing: the connection is over
                } else {
                    stream(s, buffer);
                }
            });
        });
    }
}
