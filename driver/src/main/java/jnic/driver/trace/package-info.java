/**
 * Tracing: a {@link jnic.driver.trace.Tracer} that the driver and the stack above it tell what
 * they do, for {@code jnic trace}'s narration. It lives at the lowest Java layer that narrates, so
 * every layer above can use it without reaching around another.
 */
package jnic.driver.trace;
