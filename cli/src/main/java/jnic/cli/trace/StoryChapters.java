package jnic.cli.trace;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import jnic.driver.trace.TraceLayer;

/**
 * The parts of the story a trace's events illustrate, for {@code jnic trace --story}: each
 * chapter begins at the first event that shows its mechanism, and is told once, in the order the
 * run reaches them (a chapter the run never reaches, such as loss without bit errors, is left out).
 */
public final class StoryChapters {
    /** A part of the story: its title, what it explains, and the event that begins it. */
    public record Chapter(String title, String explanation, Predicate<TraceEvent> begins) {}

    public static final List<Chapter> CHAPTERS = List.of(
            chapter(
                    "The adapters wake up",
                    "Before any frame moves, each driver resets its adapter, runs its self-test, reads the station"
                            + " address from the ROM, sets the receive filter and the interrupt mask, and enables it.",
                    TraceLayer.DRIVER,
                    "start-up: writes CONTROL.RESET"),
            chapter(
                    "A name becomes an address",
                    "The application knows a name; the resolver asks the DNS server for its IPv4 address in a UDP"
                            + " datagram (RFC 1035), which IP routes towards the server.",
                    TraceLayer.APPLICATION,
                    "resolver: which address has"),
            chapter(
                    "Who has that address?",
                    "IP knows the next hop's IPv4 address but Ethernet needs its MAC address: ARP broadcasts a"
                            + " question every station hears, the owner answers, and the datagram waiting for it goes"
                            + " (RFC 826).",
                    TraceLayer.ARP,
                    "cache miss"),
            chapter(
                    "Bits on the wire",
                    "The driver copies the frame into the adapter's buffer memory; the MAC adds preamble, SFD and"
                            + " the FCS, and the PHY codes every bit as a Manchester transition (IEEE 802.3 clause 7).",
                    TraceLayer.ADAPTER,
                    "the MAC starts a burst"),
            chapter(
                    "Reception",
                    "The receiving PHY recovers the sender's clock, the MAC finds the SFD, checks the FCS and the"
                            + " address filter, stores the frame and raises its interrupt; the driver copies it out and"
                            + " hands it to the protocol its EtherType names.",
                    TraceLayer.ADAPTER,
                    "hears a burst on the line"),
            chapter(
                    "A shared wire",
                    "On a hub every station hears every frame, defers while the line is busy, and when two start"
                            + " together both jam, back off a random number of slot times and try again (CSMA/CD,"
                            + " IEEE 802.3 clause 4).",
                    TraceLayer.ADAPTER,
                    "collision: its attempt"),
            chapter(
                    "A socket",
                    "The client is a program on a thread of its own. It asks its host for a socket and gets a"
                            + " descriptor, a small number standing for a control block that will hold the connection's"
                            + " addresses, ports, state and buffers; connect, send, recv and close all name it (the"
                            + " Berkeley sockets API). Simulated time stands still while the program computes.",
                    TraceLayer.APPLICATION,
                    "returns descriptor"),
            chapter(
                    "A connection",
                    "The client's socket connects: SYN, SYN-ACK and ACK carry each side's initial sequence number,"
                            + " window and options (RFC 9293).",
                    TraceLayer.TCP,
                    "connect(): a new socket"),
            chapter(
                    "The request",
                    "The application writes its request into the socket; TCP sends it in a segment and the server"
                            + " reads it.",
                    TraceLayer.APPLICATION,
                    "writes GET"),
            chapter(
                    "The page in segments",
                    "The answer is larger than one segment: TCP cuts it at the MSS and numbers each byte; Nagle's"
                            + " rule, delayed and piggy-backed ACKs, and the RTT samples that set the retransmission"
                            + " timeout (RFC 6298) all show here.",
                    TraceLayer.APPLICATION,
                    "answers 200 OK"),
            chapter(
                    "Across routers",
                    "A router takes a datagram that is not for it, looks up the next hop in its routing table,"
                            + " takes one from its TTL (RFC 1812 section 5.3.1) and sends it on; where a TTL ends the"
                            + " router drops the datagram and tells its source (ICMP time exceeded), which is how"
                            + " traceroute finds the path.",
                    TraceLayer.IP,
                    "forwards datagram"),
            chapter(
                    "Fragments",
                    "A datagram larger than the next link's MTU is cut into fragments of one identification, each"
                            + " with its offset and the more-fragments flag (RFC 791 section 3.2); only the"
                            + " destination puts them back together.",
                    TraceLayer.IP,
                    "does not fit"),
            chapter(
                    "Loss and recovery",
                    "A bit error on the line breaks a frame's FCS: the receiving adapter drops it, and TCP sends the"
                            + " missing data again, after a timeout or sooner when later data is acknowledged around it.",
                    TraceLayer.ADAPTER,
                    "its FCS does not check"),
            chapter(
                    "Closing",
                    "The server closes first: its FIN, the client's ACK, the client's read returning the end of the"
                            + " stream, the client's FIN and the last ACK; the side that closed first waits in"
                            + " TIME-WAIT.",
                    TraceLayer.TCP,
                    "-> FIN-WAIT-1"));

    private StoryChapters() {}

    private static Chapter chapter(String title, String explanation, TraceLayer layer, String text) {
        return new Chapter(
                title, explanation, e -> e.layer() == layer && e.text().contains(text));
    }

    /** For each event, the chapter it begins, or -1: each chapter at the first event that shows it. */
    public static int[] beginnings(List<TraceEvent> events) {
        int[] begins = new int[events.size()];
        boolean[] told = new boolean[CHAPTERS.size()];
        for (int i = 0; i < events.size(); i++) {
            begins[i] = -1;
            for (int c = 0; c < CHAPTERS.size(); c++) {
                if (!told[c] && CHAPTERS.get(c).begins().test(events.get(i))) {
                    told[c] = true;
                    begins[i] = c;
                    break;
                }
            }
        }
        return begins;
    }

    /** The events as {@code jnic trace} prints them, each chapter's title and explanation first. */
    public static void print(List<TraceEvent> events, PrintStream out) {
        int[] begins = beginnings(events);
        int number = 0;
        for (int i = 0; i < events.size(); i++) {
            if (begins[i] >= 0) {
                Chapter c = CHAPTERS.get(begins[i]);
                out.println();
                out.printf(Locale.ROOT, "  == %d. %s ==%n", ++number, c.title());
                out.println("  " + c.explanation());
                out.println();
            }
            out.println(TraceEvent.format(events.get(i)));
        }
    }
}
