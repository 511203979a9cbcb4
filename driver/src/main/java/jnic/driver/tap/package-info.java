/**
 * A Linux TAP interface as a device ({@link jnic.driver.tap.TapDevice}, with a virtio NIC's
 * segmentation and checksum offloads), so the Linux kernel is a real peer; and
 * {@link jnic.driver.tap.NetworkNamespace}, the test-made namespace that peer lives in.
 *
 * <p>May depend on: {@code jnic.driver}, {@code jnic.net.wire}, JNA (libc).
 */
package jnic.driver.tap;
