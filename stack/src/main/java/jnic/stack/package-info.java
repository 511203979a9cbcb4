/**
 * The IPv4 stack on {@code NetDevice}: wire formats, interfaces and routing, ICMP, UDP, TCP and
 * sockets. See ../shared/DESIGN.md, "Stack".
 */
package jnic.stack;
