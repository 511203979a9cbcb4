/**
 * A host assembled: {@link jnic.stack.host.Host} builds the IP layer and the transports on it and
 * wires them together, from a {@link jnic.stack.host.HostConfig}. It is the entry point of the
 * stack's users (applications, sockets, the command line) and does nothing but assemble.
 *
 * <p>May depend on: every protocol package of the stack below it. Only applications and the
 * socket layer depend on it.
 */
package jnic.stack.host;
