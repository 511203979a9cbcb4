/**
 * The NIC's register map as software programs it ({@link jnic.sim.nic.NicRegisterMap}), generated
 * by {@code make verilog} from the hardware's definition in hdl-gen, {@code jnic.hdl.nic.NicRegisters}.
 *
 * <p>May depend on: nothing.
 */
package jnic.sim.nic;
