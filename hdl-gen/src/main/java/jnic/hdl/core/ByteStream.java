package jnic.hdl.core;

import spinal.core.Bits;
import spinal.core.Bool;

/**
 * A valid/ready stream of bytes with a {@code last} flag on the final byte of a packet, as ports of
 * a component. Named after its field: field {@code frame} gives {@code frameValid},
 * {@code frameReady}, {@code frameData}, {@code frameLast}, the names the hw-sim stream drivers
 * look for. A transfer happens on a clock edge where valid and ready are both high; once valid
 * is raised it stays high, with the same data, until the transfer.
 */
public final class ByteStream implements PortGroup {
    public final Bool valid;
    public final Bool ready;
    public final Bits data;
    public final Bool last;

    private ByteStream(boolean into) {
        valid = into ? HwComponent.inBool() : HwComponent.outBool();
        ready = into ? HwComponent.outBool() : HwComponent.inBool();
        data = into ? HwComponent.inBits(8) : HwComponent.outBits(8);
        last = into ? HwComponent.inBool() : HwComponent.outBool();
    }

    /** A stream this component receives (valid, data, last in; ready out). */
    public static ByteStream input() {
        return new ByteStream(true);
    }

    /** A stream this component sends (valid, data, last out; ready in). */
    public static ByteStream output() {
        return new ByteStream(false);
    }

    /** True on the cycle a byte transfers. */
    public Bool fire() {
        return HwComponent.and(valid, ready);
    }

    @Override
    public void nameWith(String prefix) {
        HwComponent.nameIfUnnamed(valid, prefix + "Valid");
        HwComponent.nameIfUnnamed(ready, prefix + "Ready");
        HwComponent.nameIfUnnamed(data, prefix + "Data");
        HwComponent.nameIfUnnamed(last, prefix + "Last");
    }
}
