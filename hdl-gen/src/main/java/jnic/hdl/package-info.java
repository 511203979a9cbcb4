/**
 * The NIC's hardware, described in Java with SpinalHDL and emitted as Verilog into verilog-out/
 * ({@code make verilog}). Start at {@link jnic.hdl.Generate}, which names every top it writes and
 * the register header beside them; then {@code jnic.hdl.nic.Nic}, the adapter.
 *
 * <p>May depend on: its sub-packages and SpinalHDL. Nothing else of jnic; nothing of jnic depends
 * on it at run time (hw-sim's tests compare the software's register map with it).
 */
package jnic.hdl;
