package jnic.driver;

/**
 * A device's counters at one moment. {@code rxDropped}: frames received but not delivered (no
 * handler, or the handler threw); {@code txDropped}: frames the device refused or lost.
 */
public record DeviceStatistics(
        long txFrames, long txBytes, long rxFrames, long rxBytes, long txDropped, long rxDropped) {}
