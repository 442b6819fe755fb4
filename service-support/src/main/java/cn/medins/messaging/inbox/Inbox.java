package cn.medins.messaging.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.messaging.outbox.Outbox;
import cn.medins.privacy.PersonalDataCipher;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies a consumed record exactly once: the record's id (and the partner's business key) is recorded in the same
 * transaction as the effect, so a redelivery finds it and does nothing. A record that cannot be applied goes to
 * {@code <topic>.dlq} through the outbox, with the reason, and the consumer moves on. A failure that will pass (the
 * database restarting) is retried until it does, holding the partition so that no later record overtakes it.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final InboundDecoder decoder;
    private final Outbox outbox;
    private final InboxConfig config;
    private final MeterRegistry meters;
    private final PersonalDataCipher cipher;
    private final InboxProgress progress;

    public Inbox(ObjectMapper objectMapper, Outbox outbox, InboxConfig config, MeterRegistry meters,
            PersonalDataCipher cipher, InboxProgress progress) {
        this.decoder = new InboundDecoder(objectMapper);
        this.outbox = outbox;
        this.config = config;
        this.meters = meters;
        this.cipher = cipher;
        this.progress = progress;
    }

    /**
     * Processes one record. The returned {@code Uni} fails only if the service is shutting down; everything else ends
     * as applied, duplicate, skipped or dead-lettered.
     *
     * @param effect the state change, run inside the inbox transaction; it may publish through the {@link Outbox}
     */
    private <T> Uni<Void> process(ConsumerRecord<String, byte[]> record, InboundSpec<T> spec,
            Function<InboundRecord<T>, Uni<Void>> effect) {
        Executor onCallerContext = callerContext();
        Optional<InboundRecord<T>> decoded;
        try {
            decoded = decoder.decode(record, spec);
        } catch (RejectedEventException e) {
            return deadLetter(record, spec.consumer(), e.getMessage(), onCallerContext);
        }
        if (decoded.isEmpty()) {
            count(spec.consumer(), "skipped");
            return Uni.createFrom().voidItem();
        }
        InboundRecord<T> inbound = decoded.get();
        return progress.tracked(spec.consumer(), applyOnce(inbound, spec.consumer(), effect))
                .runSubscriptionOn(onCallerContext)
                .onFailure(Inbox::mayPass).invoke(failure -> LOG.warnf("%s failed to apply %s, will retry or dead-letter: %s",
                        spec.consumer(), inbound.position(), failure.toString()))
                .onFailure(TransientFailures::isTransient).retry()
                    .withBackOff(config.initialBackoff(), config.maxBackoff()).indefinitely()
                .onFailure(Inbox::mayPass).retry()
                    .withBackOff(config.initialBackoff(), config.maxBackoff()).atMost(Math.max(0, config.maxAttempts() - 1))
                .onFailure().recoverWithUni(failure -> deadLetter(record, spec.consumer(), reasonOf(failure), onCallerContext));
    }

    /**
     * Processes the records of one poll in one transaction, in order, each record's changes flushed before the next
     * record is read: the commit, and its wait for the disk, is paid once per poll instead of once per record. If any
     * record of the poll cannot be decoded or applied, nothing of the poll stays and each record is processed on its own
     * as {@link #process} does, so a bad record is dead-lettered alone and the others are applied.
     */
    public <T> Uni<Void> processBatch(ConsumerRecords<String, byte[]> poll, InboundSpec<T> spec,
            Function<InboundRecord<T>, Uni<Void>> effect) {
        return inOneTransaction(poll, spec, effect, (decoded, outcome) -> Multi.createFrom().iterable(decoded)
                .onItem().transformToUniAndConcatenate(inbound -> applyIfNew(inbound, spec.consumer(), effect, outcome)
                        .chain(Inbox::flushAndForget))
                .collect().last()
                .replaceWithVoid());
    }

    /**
     * As {@link #processBatch}, but the records of the poll not applied before are handed to {@code effect} together,
     * in their order, so that it can read and write for all of them in a few statements. The effect must leave what
     * applying them one after the other would; a record that has to be processed alone reaches it as a list of one.
     */
    public <T> Uni<Void> processTogether(ConsumerRecords<String, byte[]> poll, InboundSpec<T> spec,
            Function<List<InboundRecord<T>>, Uni<Void>> effect) {
        return inOneTransaction(poll, spec, inbound -> effect.apply(List.of(inbound)),
                (decoded, outcome) -> claimNew(decoded, spec.consumer(), outcome)
                        .chain(fresh -> fresh.isEmpty() ? Uni.createFrom().voidItem() : effect.apply(fresh))
                        .chain(Inbox::flushAndForget));
    }

    private <T> Uni<Void> inOneTransaction(ConsumerRecords<String, byte[]> poll, InboundSpec<T> spec,
            Function<InboundRecord<T>, Uni<Void>> effectOfOne,
            BiFunction<List<InboundRecord<T>>, Consumer<String>, Uni<Void>> applyAll) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(poll.count());
        poll.forEach(records::add);
        if (records.size() == 1) {
            return process(records.get(0), spec, effectOfOne);
        }
        Executor onCallerContext = callerContext();
        List<InboundRecord<T>> decoded = new ArrayList<>(records.size());
        try {
            records.forEach(record -> decoder.decode(record, spec).ifPresent(decoded::add));
        } catch (RejectedEventException e) {
            return oneByOne(records, spec, effectOfOne, onCallerContext);
        }
        List<String> outcomes = new ArrayList<>(records.size());
        return progress.tracked(spec.consumer(), Panache.withTransaction(() -> applyAll.apply(decoded, outcomes::add)))
                .runSubscriptionOn(onCallerContext)
                .invoke(() -> {
                    outcomes.forEach(outcome -> count(spec.consumer(), outcome));
                    for (int skipped = records.size() - decoded.size(); skipped > 0; skipped--) {
                        count(spec.consumer(), "skipped");
                    }
                })
                .onFailure().recoverWithUni(failure -> {
                    LOG.infof("%s applies a poll of %d records one by one: %s", spec.consumer(), records.size(), failure);
                    meters.counter("medins.inbox.poll.fallbacks", "consumer", spec.consumer()).increment();
                    return oneByOne(records, spec, effectOfOne, onCallerContext);
                });
    }

    /** Claims each record in the inbox; the ones no earlier delivery applied, in their order. */
    private <T> Uni<List<InboundRecord<T>>> claimNew(List<InboundRecord<T>> decoded, String consumer,
            Consumer<String> outcome) {
        List<InboundRecord<T>> fresh = new ArrayList<>(decoded.size());
        return Multi.createFrom().iterable(decoded)
                .onItem().transformToUniAndConcatenate(inbound -> claim(inbound, consumer, "APPLIED").invoke(claimed -> {
                    outcome.accept(claimed ? "applied" : "duplicate");
                    if (claimed) {
                        fresh.add(inbound);
                    }
                }))
                .collect().last()
                .replaceWith(fresh);
    }

    /**
     * Writes what the record changed and empties the session: a flush compares every entity the session holds, so a
     * session that kept all the records of a poll would make the poll's cost grow with its square.
     */
    private static Uni<Void> flushAndForget() {
        return Panache.getSession().chain(session -> session.flush().invoke(session::clear));
    }

    private <T> Uni<Void> oneByOne(List<ConsumerRecord<String, byte[]>> records, InboundSpec<T> spec,
            Function<InboundRecord<T>, Uni<Void>> effect, Executor onCallerContext) {
        return Multi.createFrom().iterable(records)
                .onItem().transformToUniAndConcatenate(record -> Uni.createFrom().deferred(() -> process(record, spec, effect))
                        .runSubscriptionOn(onCallerContext))
                .collect().last()
                .replaceWithVoid();
    }

    /**
     * Where each attempt starts. A retry resubscribes from the back-off timer's worker thread, on which Hibernate
     * Reactive refuses to open a session; hopping back to the consumer's Vert.x context keeps every attempt where the
     * first one ran.
     */
    private static Executor callerContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
    }

    private <T> Uni<Void> applyOnce(InboundRecord<T> inbound, String consumer, Function<InboundRecord<T>, Uni<Void>> effect) {
        return Panache.withTransaction(() -> applyIfNew(inbound, consumer, effect, outcome -> count(consumer, outcome)));
    }

    /** Claims the record in the inbox and applies it unless an earlier delivery was; tells {@code outcome} which it was. */
    private <T> Uni<Void> applyIfNew(InboundRecord<T> inbound, String consumer, Function<InboundRecord<T>, Uni<Void>> effect,
            Consumer<String> outcome) {
        return claim(inbound, consumer, "APPLIED").chain(claimed -> {
            if (!claimed) {
                outcome.accept("duplicate");
                return Uni.createFrom().voidItem();
            }
            return effect.apply(inbound).invoke(() -> outcome.accept("applied"));
        });
    }

    private <T> Uni<Boolean> claim(InboundRecord<T> inbound, String consumer, String outcome) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into processed_event (consumer, event_id, business_key, topic, partition_no, record_offset, outcome)
                values (:consumer, :eventId, :businessKey, :topic, :partition, :offset, :outcome)
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", inbound.eventId())
                // partners' business keys hold ID numbers; sealing keeps them unique and unreadable
                .setParameter("businessKey", cipher.seal(inbound.businessKey()))
                .setParameter("topic", inbound.topic())
                .setParameter("partition", inbound.partition())
                .setParameter("offset", inbound.offset())
                .setParameter("outcome", outcome)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private Uni<Void> deadLetter(ConsumerRecord<String, byte[]> record, String consumer, String reason, Executor onCallerContext) {
        InboundRecord<Void> refused = new InboundRecord<>(InboundDecoder.fallbackEventId(record), null, null, null,
                record.key(), record.topic(), record.partition(), record.offset(), null, null, null);
        return progress.tracked(consumer, Panache.withTransaction(() -> claim(refused, consumer, "DEAD_LETTERED")
                .chain(claimed -> {
                    if (!claimed) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.warnf("%s dead-lettered %s: %s", consumer, refused.position(), reason);
                    count(consumer, "dead_lettered");
                    return outbox.deadLetter(record, consumer, reason).replaceWithVoid();
                })))
                .runSubscriptionOn(onCallerContext)
                .onFailure(TransientFailures::isTransient).retry()
                    .withBackOff(config.initialBackoff(), config.maxBackoff()).indefinitely();
    }

    /** A refusal by the effect is final; any other failure may pass on another try. */
    private static boolean mayPass(Throwable failure) {
        return !(failure instanceof RejectedEventException);
    }

    private static String reasonOf(Throwable failure) {
        if (failure instanceof RejectedEventException) {
            return failure.getMessage();
        }
        return "processing failed: " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private void count(String consumer, String outcome) {
        meters.counter("medins.inbox.records", "consumer", consumer, "outcome", outcome).increment();
    }
}
