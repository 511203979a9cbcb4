package jnic.driver.tap;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The few libc calls a TAP device needs, bound with JNA direct mapping; failures carry errno. */
final class LibC {
    static {
        Native.register(LibC.class, "c");
    }

    private LibC() {}

    static final int O_RDWR = 2;

    /** Reads return EAGAIN instead of waiting: the reader drains a burst of frames after one poll. */
    static final int O_NONBLOCK = 04000;
    /** _IOW('T', 202, int): attach this file descriptor to a tun/tap interface. */
    static final int TUNSETIFF = 0x400454ca;

    static final short IFF_TAP = 0x0002;
    static final short IFF_NO_PI = 0x1000;
    /** Each frame read or written is preceded by a struct virtio_net_hdr (10 bytes): offload metadata. */
    static final short IFF_VNET_HDR = 0x4000;
    /** _IOW('T', 208, unsigned int): the offloads this side takes from the kernel (TUN_F_*). */
    static final int TUNSETOFFLOAD = 0x400454d0;
    /** We complete partial checksums ourselves (VIRTIO_NET_HDR_F_NEEDS_CSUM). */
    static final int TUN_F_CSUM = 0x01;
    /** We take TCP/IPv4 segments larger than the MTU, not cut into MSS-sized ones. */
    static final int TUN_F_TSO4 = 0x02;

    static final short POLLIN = 0x0001;
    static final int IFNAMSIZ = 16;

    static native int open(String path, int flags) throws LastErrorException;

    static native int ioctl(int fd, long request, Pointer argument) throws LastErrorException;

    static final int EINTR = 4;
    static final int EAGAIN = 11;

    /**
     * read(2) into native memory. It does not throw: a drained non-blocking descriptor (EAGAIN)
     * ends every burst, and an exception per burst would cost more than the read; the caller takes
     * errno from {@link Native#getLastError()} when it returns -1. Native memory, not a byte[]:
     * JNA would copy a whole Java array in and out around every call.
     */
    static native long read(int fd, Pointer buffer, long count);

    /** write(2) from native memory (see {@link #read}); errno from {@link Native#getLastError()} on -1. */
    static native long write(int fd, Pointer buffer, long count);

    /** struct pollfd is {int fd; short events; short revents}: 8 bytes. */
    static native int poll(Pointer fds, long count, int timeoutMillis) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;

    static native String strerror(int errno);
}
