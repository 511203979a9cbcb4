/**
 * The NIC's register map as software programs it ({@link jnic.sim.nic.NicRegisterMap}), checked
 * in a test against the hardware's definition in hdl-gen.
 *
 * <p>May depend on: nothing.
 */
package jnic.sim.nic;
