package jnic.stack.icmp;

import java.util.List;

/** What `ping` prints at the end: requests sent, replies and their round-trip times, and the errors. */
public record PingSummary(int sent, List<EchoReply> replies, List<String> errors) {
    public int received() {
        return replies.size();
    }

    public long minRttNanos() {
        return replies.stream().mapToLong(EchoReply::rttNanos).min().orElse(0);
    }

    public long maxRttNanos() {
        return replies.stream().mapToLong(EchoReply::rttNanos).max().orElse(0);
    }

    public double averageRttNanos() {
        return replies.stream().mapToLong(EchoReply::rttNanos).average().orElse(0);
    }

    @Override
    public String toString() {
        return String.format(
                "%d sent, %d received, rtt min/avg/max = %.3f/%.3f/%.3f ms%s",
                sent,
                received(),
                minRttNanos() / 1e6,
                averageRttNanos() / 1e6,
                maxRttNanos() / 1e6,
                errors.isEmpty() ? "" : ", errors " + errors);
    }
}
