package dk.borgerstemme.complaint.outbox;

/**
 * Delivers the outbox messages of one kind. {@link #deliver} runs inside the transaction that marks the
 * message delivered: whatever it writes to the database (a further outbox message, say) commits with
 * that mark or not at all. It must therefore do its remote call first and its database writes last,
 * and the receiver must treat the message's idempotency key as the identity of the request, because a
 * crash after the remote call but before the commit delivers the message again.
 */
public interface OutboxHandler {

    String kind();

    void deliver(OutboxMessage message) throws Exception;

    /** True when the payload holds personal data: it is then cleared once delivered. */
    default boolean payloadIsPersonal() {
        return false;
    }
}
