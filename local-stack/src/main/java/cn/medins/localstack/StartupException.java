package cn.medins.localstack;

/** A reason the stack cannot start that the user can act on; its message is meant to be shown as it is. */
public final class StartupException extends Exception {

    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }
}
