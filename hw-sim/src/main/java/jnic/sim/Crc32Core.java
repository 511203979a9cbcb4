package jnic.sim;

import jnr.ffi.Pointer;

/**
 * One Verilated CRC-32 core ({@code verilog-out/Crc32W<width>.v}) in its own simulation context.
 * Not thread-safe: one thread drives a core.
 */
public final class Crc32Core implements AutoCloseable {
    private final SimNative lib;
    private final int dataWidthBits;
    private Pointer core;

    public Crc32Core(int dataWidthBits) {
        this.lib = NativeLibrary.get();
        this.dataWidthBits = dataWidthBits;
        this.core = lib.jnic_crc_create(dataWidthBits);
        if (core == null) {
            throw new IllegalArgumentException(
                    "no CRC-32 core of " + dataWidthBits + " bits per clock (8, 16, 32 or 64)");
        }
    }

    public int dataWidthBits() {
        return dataWidthBits;
    }

    public int lanes() {
        return dataWidthBits / 8;
    }

    /** Holds reset for two clocks. */
    public void reset() {
        lib.jnic_crc_reset(handle());
    }

    /** One clock with these inputs; lane 0 of {@code data} (bits 7:0) is the first byte. */
    public void cycle(boolean clear, boolean valid, long data, int byteEnable) {
        lib.jnic_crc_cycle(handle(), clear ? 1 : 0, valid ? 1 : 0, data, byteEnable);
    }

    /**
     * Cycles from a word's clock edge until {@link #crc} and {@link #residueOk} include it: 1 at 8
     * bits per clock, more at the wider widths (hdl-gen's Crc32 finishes a partial last word in
     * a pipeline).
     */
    public int latency() {
        return lib.jnic_crc_latency(handle());
    }

    /** Idle cycles until the last word fed shows in the outputs. */
    public void flush() {
        for (int i = 1; i < latency(); i++) {
            cycle(false, false, 0, 0);
        }
    }

    /**
     * The {@code crc} output: CRC-32 of the bytes since the last clear, as CRC32.getValue() gives
     * it, once {@link #latency} cycles have passed since the last word ({@link #flush}).
     */
    public long crc() {
        return Integer.toUnsignedLong(lib.jnic_crc_value(handle()));
    }

    public boolean residueOk() {
        return lib.jnic_crc_residue_ok(handle()) != 0;
    }

    public boolean enableError() {
        return lib.jnic_crc_enable_error(handle()) != 0;
    }

    public long cycles() {
        return lib.jnic_crc_cycles(handle());
    }

    /** A whole frame in one native call, latency included; returns its CRC-32. */
    public long frame(byte[] data) {
        return Integer.toUnsignedLong(lib.jnic_crc_frame(handle(), data, data.length));
    }

    private Pointer handle() {
        if (core == null) {
            throw new IllegalStateException("CRC core already closed");
        }
        return core;
    }

    @Override
    public void close() {
        if (core != null) {
            lib.jnic_crc_destroy(core);
            core = null;
        }
    }
}
