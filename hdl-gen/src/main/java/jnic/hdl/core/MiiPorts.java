package jnic.hdl.core;

import spinal.core.Bits;
import spinal.core.Bool;

/**
 * A 10/100 Mb/s media-independent interface between a MAC and a PHY (IEEE 802.3 clause 22.2.2):
 * TX_EN, TX_ER, TXD[3:0] from the MAC; RX_DV, RX_ER, RXD[3:0], CRS and COL from the PHY. The
 * clocks are not in the group: the MAC's side runs on the MII clock, which the adapter's top
 * brings in. Named after its field like {@link ByteStream}: field {@code mii} gives
 * {@code miiTxEn}, {@code miiTxEr}, {@code miiTxd}, {@code miiRxDv}, {@code miiRxEr},
 * {@code miiRxd}, {@code miiCrs}, {@code miiCol}.
 */
public final class MiiPorts implements PortGroup {
    public final Bool txEn;
    public final Bool txEr;
    public final Bits txd;
    public final Bool rxDv;
    public final Bool rxEr;
    public final Bits rxd;
    public final Bool crs;
    public final Bool col;

    private MiiPorts(boolean mac) {
        txEn = mac ? HwComponent.outBool() : HwComponent.inBool();
        txEr = mac ? HwComponent.outBool() : HwComponent.inBool();
        txd = mac ? HwComponent.outBits(4) : HwComponent.inBits(4);
        rxDv = mac ? HwComponent.inBool() : HwComponent.outBool();
        rxEr = mac ? HwComponent.inBool() : HwComponent.outBool();
        rxd = mac ? HwComponent.inBits(4) : HwComponent.outBits(4);
        crs = mac ? HwComponent.inBool() : HwComponent.outBool();
        col = mac ? HwComponent.inBool() : HwComponent.outBool();
    }

    /** The MAC's side: transmit signals out, receive signals, CRS and COL in. */
    public static MiiPorts macSide() {
        return new MiiPorts(true);
    }

    /** The PHY's side: transmit signals in, receive signals, CRS and COL out. */
    public static MiiPorts phySide() {
        return new MiiPorts(false);
    }

    /** Wires a MAC's side to a PHY's, in the component that holds both. */
    public static void connect(MiiPorts mac, MiiPorts phy) {
        Hw.assign(phy.txEn, mac.txEn);
        Hw.assign(phy.txEr, mac.txEr);
        Hw.assign(phy.txd, mac.txd);
        Hw.assign(mac.rxDv, phy.rxDv);
        Hw.assign(mac.rxEr, phy.rxEr);
        Hw.assign(mac.rxd, phy.rxd);
        Hw.assign(mac.crs, phy.crs);
        Hw.assign(mac.col, phy.col);
    }

    @Override
    public void nameWith(String prefix) {
        HwComponent.nameIfUnnamed(txEn, prefix + "TxEn");
        HwComponent.nameIfUnnamed(txEr, prefix + "TxEr");
        HwComponent.nameIfUnnamed(txd, prefix + "Txd");
        HwComponent.nameIfUnnamed(rxDv, prefix + "RxDv");
        HwComponent.nameIfUnnamed(rxEr, prefix + "RxEr");
        HwComponent.nameIfUnnamed(rxd, prefix + "Rxd");
        HwComponent.nameIfUnnamed(crs, prefix + "Crs");
        HwComponent.nameIfUnnamed(col, prefix + "Col");
    }
}
