package jnic.sim;

/**
 * What joins the stations of a {@link World}: a full-duplex cable between exactly two stations, each
 * hearing only the other, or a half-duplex repeater hub of two or more, on which stations that talk at
 * once collide (IEEE 802.3 clause 9, the 10 Mb/s repeater; clause 27 at 100 Mb/s) and back off.
 *
 * <p>Each is one of the C ABI's medium numbers ({@code JNIC_MEDIUM_CABLE} 0, {@code JNIC_MEDIUM_HUB} 1 in
 * {@code hw-sim/native/include/jnic_sim.h}), passed to {@code jnic_world_create} as {@link #abi()}. Both
 * bindings of the library (hw-sim's {@link World}, the driver's {@code SimLan}) take this type.
 */
public enum Medium {
    CABLE(0),
    HUB(1);

    private final int abi;

    Medium(int abi) {
        this.abi = abi;
    }

    /** The C ABI's number for this medium. */
    public int abi() {
        return abi;
    }
}
