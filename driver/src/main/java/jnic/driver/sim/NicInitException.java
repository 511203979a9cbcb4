package jnic.driver.sim;

/** An adapter failed a start-up step (self-test, address ROM, identity); the message says which and why. */
public final class NicInitException extends Exception {
    public NicInitException(String message) {
        super(message);
    }
}
