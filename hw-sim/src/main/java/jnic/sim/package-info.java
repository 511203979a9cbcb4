/**
 * Java's view of the Verilated hardware in {@code libjnic_sim.so} (hw-sim/native, C ABI in
 * hw-sim/native/include/jnic_sim.h): {@link jnic.sim.SimNative} binds the ABI with jnr-ffi;
 * {@link jnic.sim.World} (stations on a {@link jnic.sim.Medium}), {@link jnic.sim.Model} (any
 * generated top, for testbenches) and {@link jnic.sim.Crc32Core} wrap it; {@link jnic.sim.Pcapng}
 * reads the captures a world writes; {@link jnic.sim.NativeLibrary} finds the library.
 *
 * <p>May depend on: jnr-ffi. The driver binds the same ABI with JNA for speed; a test holds both
 * bindings to the header.
 */
package jnic.sim;
