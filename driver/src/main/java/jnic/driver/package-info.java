/**
 * The Java LAN driver: the {@code NetDevice} interface and its back ends (simulated NIC over the
 * hw-sim C ABI, Linux TAP, in-memory loopback). See ../shared/DESIGN.md, "Driver".
 */
package jnic.driver;
