package jnic.stack.socket;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jnic.net.wire.Ipv4Address;
import jnic.stack.Errno;
import jnic.stack.SocketError;

/**
 * An echo server as a C programmer writes one with poll(): one thread, every descriptor
 * non-blocking, a listener and its clients in one poll set. Each client's bytes go back to it;
 * at its end of stream the rest is flushed and the descriptor closed. A test fixture for the
 * descriptor API, against jnic's clients and the kernel's.
 */
public final class PollEchoServer implements AutoCloseable {
    private final Sockets s;
    private final int listener;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile boolean running = true;
    private volatile int served;
    private volatile int mostAtOnce;
    private volatile long polls;
    /** Bytes echoed to each client served to its end, in the order they ended. */
    private final List<Long> echoed = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** What is still to be echoed to one client, and whether its stream has ended. */
    private static final class Client {
        final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        boolean ended;
        long echoed;
    }

    public PollEchoServer(Sockets s, int port) throws SocketError {
        this.s = s;
        listener = s.socket(Sockets.Type.STREAM);
        s.bind(listener, Ipv4Address.ANY, port);
        s.listen(listener, 64);
        s.setNonBlocking(listener, true);
        Thread thread = new Thread(this::run, "poll-echo-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Map<Integer, Client> clients = new LinkedHashMap<>();
        byte[] buf = new byte[16 * 1024];
        try {
            while (running) {
                List<Sockets.PollFd> set = new ArrayList<>();
                set.add(new Sockets.PollFd(listener, Sockets.POLLIN));
                for (Map.Entry<Integer, Client> e : clients.entrySet()) {
                    int events = Sockets.POLLIN | (e.getValue().pending.size() > 0 ? Sockets.POLLOUT : 0);
                    set.add(new Sockets.PollFd(e.getKey(), events));
                }
                Sockets.PollFd[] fds = set.toArray(new Sockets.PollFd[0]);
                polls++;
                if (s.poll(fds, 100) == 0) {
                    continue;
                }
                if ((fds[0].revents() & Sockets.POLLIN) != 0) {
                    acceptAll(clients);
                }
                for (int i = 1; i < fds.length; i++) {
                    if (fds[i].revents() != 0) {
                        serve(fds[i].fd(), clients, buf);
                    }
                }
            }
        } catch (SocketError | RuntimeException e) {
            stopped.completeExceptionally(e);
            return;
        }
        stopped.complete(null);
    }

    private void acceptAll(Map<Integer, Client> clients) throws SocketError {
        while (true) {
            int c;
            try {
                c = s.accept(listener);
            } catch (SocketError e) {
                if (e.errno() == Errno.EAGAIN) {
                    return;
                }
                throw e;
            }
            s.setNonBlocking(c, true);
            clients.put(c, new Client());
            mostAtOnce = Math.max(mostAtOnce, clients.size());
        }
    }

    /** Reads what is there, writes what fits, closes at the end; a client's reset only ends that client. */
    private void serve(int fd, Map<Integer, Client> clients, byte[] buf) throws SocketError {
        Client c = clients.get(fd);
        try {
            while (!c.ended) {
                int n = s.recv(fd, buf, 0, buf.length);
                if (n == 0) {
                    c.ended = true;
                } else {
                    c.pending.write(buf, 0, n);
                }
            }
        } catch (SocketError e) {
            if (e.errno() != Errno.EAGAIN) {
                drop(fd, clients);
                return;
            }
        }
        byte[] out = c.pending.toByteArray();
        int sent = 0;
        try {
            while (sent < out.length) {
                sent += s.send(fd, out, sent, out.length - sent);
            }
        } catch (SocketError e) {
            if (e.errno() != Errno.EAGAIN) {
                drop(fd, clients);
                return;
            }
        }
        c.echoed += sent;
        c.pending.reset();
        c.pending.write(out, sent, out.length - sent);
        if (c.ended && c.pending.size() == 0) {
            drop(fd, clients);
            echoed.add(c.echoed);
            served++;
        }
    }

    private void drop(int fd, Map<Integer, Client> clients) throws SocketError {
        clients.remove(fd);
        s.close(fd);
    }

    /** Clients served to their end. */
    public int served() {
        return served;
    }

    /** Bytes echoed to each client served to its end, in the order they ended. */
    public List<Long> echoed() {
        return echoed;
    }

    /** The most clients connected at once. */
    public int mostAtOnce() {
        return mostAtOnce;
    }

    /** How many times it called poll. */
    public long polls() {
        return polls;
    }

    /** Stops the loop and closes the listener; rethrows what stopped it, if anything did. */
    @Override
    public void close() throws SocketError {
        running = false;
        SocketError failed = null;
        try {
            stopped.get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            failed = e.getCause() instanceof SocketError se
                    ? se
                    : new SocketError(Errno.EINVAL, e.getCause().toString());
        } catch (java.util.concurrent.TimeoutException | InterruptedException e) {
            failed = new SocketError(Errno.ETIMEDOUT, "the poll loop did not stop");
        }
        s.close(listener);
        if (failed != null) {
            throw failed;
        }
    }
}
