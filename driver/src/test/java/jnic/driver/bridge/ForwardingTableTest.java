package jnic.driver.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import jnic.net.wire.MacAddress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The forwarding table against an independent model of a learning bridge, written from the
 * history of frames instead of a table: for each frame, the destination's port is the port of the
 * latest frame (this one included) that came from the destination, if that frame is younger than
 * the ageing time; a group destination, or none, floods; a destination on the frame's own port is
 * filtered (IEEE 802.1D clauses 7.7 to 7.9).
 */
class ForwardingTableTest {
    static final long AGEING = 1000;

    /** One frame: in on a port, from a source, to a destination, at a time (times never go back). */
    record Frame(int port, MacAddress source, MacAddress destination, long at) {}

    static final MacAddress[] STATIONS = {
        MacAddress.parse("02:00:00:00:00:01"),
        MacAddress.parse("02:00:00:00:00:02"),
        MacAddress.parse("02:00:00:00:00:03"),
        MacAddress.parse("02:00:00:00:00:04"),
        MacAddress.parse("01:00:5e:00:00:01"), // a multicast group: never learned, always flooded
        MacAddress.BROADCAST
    };

    @Provide
    Arbitrary<List<Frame>> histories() {
        Arbitrary<Frame> step = Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, STATIONS.length - 1),
                        Arbitraries.integers().between(0, STATIONS.length - 1),
                        Arbitraries.longs().between(0, 600))
                .as((port, s, d, gap) -> new Frame(port, STATIONS[s], STATIONS[d], gap));
        return step.list().ofMinSize(1).ofMaxSize(60).map(frames -> {
            List<Frame> timed = new ArrayList<>();
            long now = 0;
            for (Frame f : frames) {
                now += f.at(); // the drawn value is the gap since the frame before
                timed.add(new Frame(f.port(), f.source(), f.destination(), now));
            }
            return timed;
        });
    }

    @Property(tries = 500)
    void decidesAsTheHistoryOfFramesSays(@ForAll("histories") List<Frame> history) {
        ForwardingTable table = new ForwardingTable(AGEING, 1024);
        for (int k = 0; k < history.size(); k++) {
            Frame f = history.get(k);
            ForwardingTable.Decision got = table.frame(f.port(), f.source(), f.destination(), f.at());
            assertEquals(expected(history, k), got, "frame " + k + " of " + history);
        }
    }

    static ForwardingTable.Decision expected(List<Frame> history, int k) {
        Frame f = history.get(k);
        if (f.destination().isGroup()) {
            return ForwardingTable.Decision.FLOOD;
        }
        for (int j = k; j >= 0; j--) {
            Frame seen = history.get(j);
            if (seen.source().equals(f.destination())) {
                if (f.at() - seen.at() >= AGEING) {
                    return ForwardingTable.Decision.FLOOD;
                }
                return seen.port() == f.port()
                        ? ForwardingTable.Decision.FILTER
                        : new ForwardingTable.Decision(ForwardingTable.Decision.Kind.FORWARD, seen.port());
            }
        }
        return ForwardingTable.Decision.FLOOD;
    }

    @Test
    void linkProtocolAddressesAreNeverRelayed() {
        ForwardingTable table = new ForwardingTable(AGEING, 16);
        for (String reserved : List.of("01:80:c2:00:00:00", "01:80:c2:00:00:01", "01:80:c2:00:00:0e")) {
            assertEquals(
                    ForwardingTable.Decision.FILTER,
                    table.frame(0, STATIONS[0], MacAddress.parse(reserved), 0),
                    reserved + " (BPDU, PAUSE, LLDP)");
        }
        assertEquals(
                ForwardingTable.Decision.FLOOD, table.frame(0, STATIONS[0], MacAddress.parse("01:80:c2:00:00:10"), 0));
    }

    @Test
    void aFullTableLearnsNoNewAddressUntilAnEntryAges() {
        ForwardingTable table = new ForwardingTable(AGEING, 2);
        table.frame(0, STATIONS[0], MacAddress.BROADCAST, 0);
        table.frame(1, STATIONS[1], MacAddress.BROADCAST, 10);
        table.frame(2, STATIONS[2], MacAddress.BROADCAST, 20);
        assertEquals(1, table.notLearned());
        assertEquals(-1, table.portOf(STATIONS[2], 20), "not learned: its frames are flooded");
        assertEquals(ForwardingTable.Decision.FLOOD, table.frame(0, STATIONS[0], STATIONS[2], 30));
        table.frame(2, STATIONS[2], MacAddress.BROADCAST, 2 * AGEING); // the others have aged out
        assertEquals(2, table.portOf(STATIONS[2], 2 * AGEING));
        assertEquals(1, table.size(2 * AGEING));
    }
}
