/**
 * The facade that makes SpinalHDL read as hardware from Java: {@link jnic.hdl.core.Hw} (literals,
 * assignment, {@code when}, operators, memories, Verilog emission), {@link jnic.hdl.core.HwComponent}
 * (ports, registers, naming from Java fields), {@link jnic.hdl.core.ByteStream} (the valid/ready/
 * data/last stream every stage meets at) and {@link jnic.hdl.core.PortGroup}.
 *
 * <p>May depend on: SpinalHDL and Scala's runtime only. Every other hardware package depends on it;
 * it is the one place that spells Scala's encoded names.
 */
package jnic.hdl.core;
