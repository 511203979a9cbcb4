/**
 * Networks of simulated hardware described in a file: {@link jnic.cli.topology.Topology} reads
 * and checks the JSON (segments of kind cable, hub or switch; hosts with their interfaces,
 * addresses, MTUs, gateways, routes and roles), {@link jnic.cli.topology.Network} builds it as one
 * world of generated adapters in one simulated time base, with jnic hosts, routers and switches
 * above the adapters and a capture on every wire.
 *
 * <p>May depend on: the stack, the driver (simulated LAN, bridge), hw-sim's types, Jackson.
 */
package jnic.cli.topology;
