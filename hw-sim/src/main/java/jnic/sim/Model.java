package jnic.sim;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jnr.ffi.Pointer;

/**
 * Any generated top in libjnic_sim, driven by name: the engine of the per-stage testbenches.
 *
 * <p>A test attaches drivers, recorders, stream sources and sinks, then runs many cycles in one
 * native call ({@link #run}); the C++ side honours the valid/ready handshakes cycle by cycle.
 * Single-port {@link #set}/{@link #get} exist for set-up and spot checks. Not thread-safe.
 */
public final class Model implements AutoCloseable {
    private final SimNative lib;
    private final String top;
    private final boolean owned;
    private Pointer handle;

    private Model(SimNative lib, String top, Pointer handle, boolean owned) {
        this.lib = lib;
        this.top = top;
        this.handle = handle;
        this.owned = owned;
    }

    /** A station of a world: the world owns it, and closing it only forgets the handle. */
    static Model station(SimNative lib, String top, Pointer handle) {
        return new Model(lib, top, handle, false);
    }

    /** A fresh instance of {@code top}, out of reset. */
    public static Model create(String top) {
        SimNative lib = NativeLibrary.get();
        Pointer p = lib.jnic_model_create(top);
        if (p == null) {
            throw new IllegalArgumentException(lib.jnic_sim_last_error() + " (tops: " + tops() + ")");
        }
        return new Model(lib, top, p, true);
    }

    /** The tops compiled into the library. */
    public static List<String> tops() {
        SimNative lib = NativeLibrary.get();
        List<String> names = new ArrayList<>();
        for (String name; (name = lib.jnic_model_top_name(names.size())) != null; ) {
            names.add(name);
        }
        return names;
    }

    public String top() {
        return top;
    }

    private Pointer h() {
        if (handle == null) {
            throw new IllegalStateException(top + " already closed");
        }
        return handle;
    }

    private int check(int result) {
        if (result < 0) {
            throw new IllegalArgumentException(top + ": " + lib.jnic_sim_last_error());
        }
        return result;
    }

    public int port(String name) {
        return check(lib.jnic_model_port(h(), name));
    }

    public int width(String port) {
        return check(lib.jnic_model_port_width(h(), port(port)));
    }

    public void set(String port, long value) {
        check(lib.jnic_model_set(h(), port(port), value));
    }

    public long get(String port) {
        return lib.jnic_model_get(h(), port(port));
    }

    public boolean isHigh(String port) {
        return get(port) != 0;
    }

    public void reset(int cycles) {
        lib.jnic_model_reset(h(), cycles);
    }

    public long cycles() {
        return lib.jnic_model_cycles(h());
    }

    /** Runs {@code cycles} clocks. */
    public long run(long cycles) {
        return lib.jnic_model_run(h(), cycles, -1, 0);
    }

    /** Runs until {@code sink} has received {@code packets} packets in all, or {@code maxCycles} pass. */
    public long runUntil(Sink sink, long packets, long maxCycles) {
        return lib.jnic_model_run(h(), maxCycles, sink.id, packets);
    }

    /** Drives an input with one value per cycle from the next run on, then holds the last. */
    public void drive(String port, long[] perCycle) {
        check(lib.jnic_model_drive(h(), port(port), perCycle, perCycle.length));
    }

    /** Records a port's value on every cycle from the next run on. */
    public Recorder record(String port) {
        return new Recorder(check(lib.jnic_model_record(h(), port(port))));
    }

    /** A stream into the model ({@code <stream>Valid/Data[/Ready][/Last]}); {@code gaps[i] != 0} holds valid low on cycle i (repeating). */
    public Source source(String stream, byte[] gaps) {
        return new Source(check(lib.jnic_model_source(h(), stream, gaps, gaps.length)));
    }

    public Source source(String stream) {
        return source(stream, new byte[0]);
    }

    /** A stream out of the model; {@code readyPattern[i] != 0} is ready on cycle i (repeating; empty = always). */
    public Sink sink(String stream, byte[] readyPattern) {
        return new Sink(check(lib.jnic_model_sink(h(), stream, readyPattern, readyPattern.length)));
    }

    public Sink sink(String stream) {
        return sink(stream, new byte[0]);
    }

    @Override
    public void close() {
        if (handle != null && owned) {
            lib.jnic_model_destroy(handle);
        }
        handle = null;
    }

    /** Per-cycle samples of one port. */
    public final class Recorder {
        private final int id;

        private Recorder(int id) {
            this.id = id;
        }

        /** Moves every sample recorded so far out of the model. */
        public long[] take() {
            List<long[]> chunks = new ArrayList<>();
            int total = 0;
            while (true) {
                long[] chunk = new long[65536];
                int n = (int) lib.jnic_model_recorded(h(), id, chunk, chunk.length);
                if (n == 0) {
                    break;
                }
                chunks.add(Arrays.copyOf(chunk, n));
                total += n;
            }
            long[] all = new long[total];
            int at = 0;
            for (long[] c : chunks) {
                System.arraycopy(c, 0, all, at, c.length);
                at += c.length;
            }
            return all;
        }
    }

    /** Items waiting to enter the model. */
    public final class Source {
        private final int id;

        private Source(int id) {
            this.id = id;
        }

        public void push(long[] data, boolean[] last) {
            byte[] l = new byte[last.length];
            for (int i = 0; i < last.length; i++) {
                l[i] = (byte) (last[i] ? 1 : 0);
            }
            check(lib.jnic_model_source_push(h(), id, data, l, data.length));
        }

        /** One packet of bytes, {@code last} on its final byte. */
        public void pushPacket(byte[] bytes) {
            long[] data = new long[bytes.length];
            boolean[] last = new boolean[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                data[i] = bytes[i] & 0xFF;
            }
            if (bytes.length > 0) {
                last[bytes.length - 1] = true;
            }
            push(data, last);
        }

        public long pending() {
            return lib.jnic_model_source_pending(h(), id);
        }
    }

    /** One transfer out of the model. */
    public record Transfer(long data, boolean last, long cycle) {}

    /** Transfers leaving the model. */
    public final class Sink {
        private final int id;

        private Sink(int id) {
            this.id = id;
        }

        /** Samples {@code port} once per packet, on its last transfer; returns the status index. */
        public int status(String port) {
            return check(lib.jnic_model_sink_status(h(), id, port(port)));
        }

        /** Moves the per-packet samples of a status port out of the model, oldest first. */
        public long[] takeStatus(int status) {
            long[] all = new long[0];
            while (true) {
                long[] chunk = new long[65536];
                int n = (int) lib.jnic_model_sink_take_status(h(), id, status, chunk, chunk.length);
                long[] grown = Arrays.copyOf(all, all.length + n);
                System.arraycopy(chunk, 0, grown, all.length, n);
                all = grown;
                if (n < chunk.length) {
                    return all;
                }
            }
        }

        /** Moves every transfer received so far out of the model. */
        public List<Transfer> take() {
            List<Transfer> out = new ArrayList<>();
            while (true) {
                long[] data = new long[65536];
                byte[] last = new byte[data.length];
                long[] cycle = new long[data.length];
                int n = (int) lib.jnic_model_sink_take(h(), id, data, last, cycle, data.length);
                for (int i = 0; i < n; i++) {
                    out.add(new Transfer(data[i], last[i] != 0, cycle[i]));
                }
                if (n < data.length) {
                    return out;
                }
            }
        }

        /** The transfers taken so far split into byte packets at each {@code last}; a trailing partial packet is kept. */
        public static List<byte[]> packets(List<Transfer> transfers) {
            List<byte[]> packets = new ArrayList<>();
            ByteArrayOutputStream current = new ByteArrayOutputStream();
            for (Transfer t : transfers) {
                current.write((int) t.data());
                if (t.last()) {
                    packets.add(current.toByteArray());
                    current.reset();
                }
            }
            if (current.size() > 0) {
                packets.add(current.toByteArray());
            }
            return packets;
        }
    }
}
