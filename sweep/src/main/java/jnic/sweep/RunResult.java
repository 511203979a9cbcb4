package jnic.sweep;

import java.io.Serializable;
import java.util.Locale;

/**
 * What one world run measured, or why it failed ({@link #error} not null; the figures are then
 * zero). Delays are from a frame's arrival (when the station's traffic made it; handing it to the
 * adapter then takes the driver's copy over the bus) to the moment the receiving adapter's driver
 * had it, in simulated time.
 *
 * @param spec            the run
 * @param offered         frames the stations' traffic offered
 * @param queueDropped    of those, frames a full transmit queue refused (the station's buffer)
 * @param transmitted     frames the adapters sent on the line (their TX_FRAMES): the others
 *                        were refused, given up after 16 collisions, or still queued at the end
 * @param delivered       frames the destinations received with a good FCS, after the queues drained
 * @param throughputMbps  bits of frames delivered within the run's duration, per simulated second,
 *                        all stations together (a full-duplex cable carries up to twice the line rate)
 * @param delayMeanUs     mean delay of the delivered frames, microseconds
 * @param delayP50Us      median delay
 * @param delayP99Us      99th percentile delay
 * @param collisions      collisions the adapters counted
 * @param fcsErrors       frames the adapters received with a bad FCS
 * @param fairness        Jain's index over the stations' delivered frames (1: equal shares)
 * @param cpuSeconds      CPU time of the thread that ran the world
 * @param error           the run's failure (its exception's class and message), or null
 */
public record RunResult(
        RunSpec spec,
        long offered,
        long queueDropped,
        long transmitted,
        long delivered,
        double throughputMbps,
        double delayMeanUs,
        double delayP50Us,
        double delayP99Us,
        long collisions,
        long fcsErrors,
        double fairness,
        double cpuSeconds,
        String error)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String CSV_HEADER = RunSpec.CSV_HEADER
            + ",offered,queue_dropped,transmitted,delivered,throughput_mbps,delay_mean_us,delay_p50_us,delay_p99_us,collisions,"
            + "fcs_errors,fairness,loss,loss_from_ber,efficiency,efficiency_metcalfe_boggs,collisions_per_frame,station_share_mbps,cpu_s,error";

    /** The share of the frames the adapters sent on the line that did not arrive intact (0 when none were sent). */
    public double loss() {
        return transmitted <= 0 ? 0 : Math.max(0, 1 - (double) delivered / transmitted);
    }

    /**
     * The loss independent bit errors alone predict: a frame arrives only if none of its bits on
     * the line (frame and FCS; the preamble's are not counted) is hit, 1 - (1 - BER)^(8 x length).
     */
    public double lossFromBer() {
        return 1 - Math.pow(1 - spec.ber(), 8.0 * spec.frameBytes());
    }

    static RunResult failed(RunSpec spec, Throwable e, double cpuSeconds) {
        return new RunResult(
                spec,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                cpuSeconds,
                e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** The same figures without the CPU time, which no two runs share: what must repeat for a seed. */
    public RunResult withoutCpu() {
        return new RunResult(
                spec,
                offered,
                queueDropped,
                transmitted,
                delivered,
                throughputMbps,
                delayMeanUs,
                delayP50Us,
                delayP99Us,
                collisions,
                fcsErrors,
                fairness,
                0,
                error);
    }

    /**
     * The frames' bits delivered within the run's duration over the line's rate (on a hub, the
     * channel's use); NaN for a hostile run, whose LAN has no line rate.
     */
    public double efficiency() {
        if (!spec.scenario().equals("traffic")) {
            return Double.NaN;
        }
        double lineMbps = spec.build().equals("phy") ? 10 : 100;
        return throughputMbps / lineMbps;
    }

    /**
     * The classic efficiency of a hub with this many stations always ready (R. M. Metcalfe and
     * D. R. Boggs, Communications of the ACM 19(7), 1976, section 6): a contention slot is won with
     * probability A = (1 - 1/Q)^(Q-1), W = (1 - A)/A slots of 512 bit times are lost per frame,
     * E = P / (P + 160 + W x 512) with P the frame's bits and 160 the preamble's and the gap's
     * (docs/fairness.md). Only for saturated hubs; NaN on a cable.
     */
    public double efficiencyMetcalfeBoggs() {
        if (!spec.medium().equals("hub") || !spec.scenario().equals("traffic")) {
            return Double.NaN;
        }
        int q = spec.stations();
        double a = Math.pow(1 - 1.0 / q, q - 1);
        double w = (1 - a) / a;
        double bits = 8.0 * spec.frameBytes();
        return bits / (bits + 160 + w * 512);
    }

    /** Collisions per frame sent on the line (0 when none were sent). */
    public double collisionsPerFrame() {
        return transmitted <= 0 ? 0 : (double) collisions / transmitted;
    }

    /** Each station's share of the throughput, on average: {@code throughput_mbps} over the stations (NaN for a hostile run). */
    public double stationShareMbps() {
        return spec.scenario().equals("traffic") ? throughputMbps / spec.stations() : Double.NaN;
    }

    public String csv() {
        return spec.csv()
                + String.format(
                        Locale.ROOT,
                        ",%d,%d,%d,%d,%.6g,%.6g,%.6g,%.6g,%d,%d,%.6g,%.6g,%.6g,%s,%s,%.6g,%s,%.4g,%s",
                        offered,
                        queueDropped,
                        transmitted,
                        delivered,
                        throughputMbps,
                        delayMeanUs,
                        delayP50Us,
                        delayP99Us,
                        collisions,
                        fcsErrors,
                        fairness,
                        loss(),
                        lossFromBer(),
                        Double.isNaN(efficiency()) ? "" : String.format(Locale.ROOT, "%.6g", efficiency()),
                        Double.isNaN(efficiencyMetcalfeBoggs())
                                ? ""
                                : String.format(Locale.ROOT, "%.6g", efficiencyMetcalfeBoggs()),
                        collisionsPerFrame(),
                        Double.isNaN(stationShareMbps()) ? "" : String.format(Locale.ROOT, "%.6g", stationShareMbps()),
                        cpuSeconds,
                        error == null ? "" : quoted(error));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"").replace('\n', ' ').replace('\r', ' ') + "\"";
    }
}
