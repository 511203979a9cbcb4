package jnic.stack.iface;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Prefix;

/**
 * Routes chosen by longest matching prefix (RFC 1812 section 5.2.4.3); among equal prefixes the
 * one added first wins. Readable from any thread (a send checks its route before it is queued),
 * written rarely: copy on write.
 */
public final class RoutingTable {
    private volatile List<Route> routes = List.of();

    public synchronized void add(Route route) {
        if (route.gateway() != null && !route.iface().address().subnet().contains(route.gateway())) {
            throw new IllegalArgumentException(
                    "gateway " + route.gateway() + " is not on " + route.iface().name() + "'s subnet "
                            + route.iface().address().subnet());
        }
        List<Route> next = new ArrayList<>(routes);
        next.add(route);
        next.sort(Comparator.comparingInt((Route r) -> -r.destination().length()));
        routes = List.copyOf(next);
    }

    public synchronized boolean remove(Ipv4Prefix destination) {
        List<Route> next = new ArrayList<>(routes);
        boolean removed = next.removeIf(r -> r.destination().equals(destination));
        routes = List.copyOf(next);
        return removed;
    }

    synchronized void removeInterface(IpInterface iface) {
        List<Route> next = new ArrayList<>(routes);
        next.removeIf(r -> r.iface() == iface);
        routes = List.copyOf(next);
    }

    /** The route for {@code destination}, or null when none matches. */
    public Route lookup(Ipv4Address destination) {
        for (Route r : routes) {
            if (r.destination().contains(destination)) {
                return r;
            }
        }
        return null;
    }

    public List<Route> routes() {
        return routes;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Route r : routes) {
            b.append(r).append('\n');
        }
        return b.toString();
    }
}
