package jnic.stack.nio;

/**
 * What a {@link JnicSelector} needs of a channel: the socket descriptor under it, and the ready
 * operations poll's answer means, as the JDK's channels translate them on Linux.
 */
interface JnicChannel {
    /** The descriptor in the provider's socket table. */
    ChannelDescriptor descriptor();

    /**
     * The operations of {@code interestOps} that poll's {@code revents} make ready: an error or a
     * hang-up makes every operation asked for ready (the call then reports it), an invalid
     * descriptor none.
     */
    int readyOps(int revents, int interestOps);
}
