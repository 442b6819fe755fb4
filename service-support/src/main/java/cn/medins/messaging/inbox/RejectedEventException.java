package cn.medins.messaging.inbox;

/**
 * The record can never be processed as it is (malformed, fails its schema, names a person who does not exist, ...).
 * Thrown by a decoder or an effect, it sends the record to the dead-letter topic with this message as the reason;
 * the effect's transaction is rolled back, so nothing of it remains.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }

    public RejectedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
