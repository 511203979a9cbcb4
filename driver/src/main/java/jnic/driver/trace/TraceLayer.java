package jnic.driver.trace;

/** Where in a host a traced event happens, from the application down to the line. */
public enum TraceLayer {
    APPLICATION,
    DNS,
    UDP,
    TCP,
    IP,
    ARP,
    ETHERNET,
    DRIVER,
    ADAPTER,
    LINE
}
