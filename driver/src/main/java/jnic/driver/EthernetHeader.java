package jnic.driver;

/** The few facts about Ethernet II framing the driver needs (the stack has the full wire format). */
public final class EthernetHeader {
    /** Destination (6), source (6), EtherType (2). */
    public static final int LENGTH = 14;
    public static final int ETHERTYPE_OFFSET = 12;
    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_ARP = 0x0806;
    /** Standard Ethernet payload (IEEE 802.3 clause 3.2.7). */
    public static final int MTU = 1500;

    private EthernetHeader() {
    }

    public static int etherType(byte[] frame) {
        return (frame[ETHERTYPE_OFFSET] & 0xFF) << 8 | frame[ETHERTYPE_OFFSET + 1] & 0xFF;
    }
}
