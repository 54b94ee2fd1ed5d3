package dk.borgerstemme.complaint.outbox;

import dk.borgerstemme.complaint.testing.OutboxRows;
import dk.borgerstemme.complaint.testing.SettableClock;
import dk.borgerstemme.complaint.testing.ServiceUnderTest;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxDeliveryTest implements TestPropertyProvider {

    static final LocalDateTime START = LocalDateTime.of(2026, 5, 4, 10, 0);
    static final SettableClock CLOCK = new SettableClock(START);

    @Inject
    Outbox outbox;

    @Inject
    OutboxDelivery delivery;

    @Inject
    RecordingHandler handler;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    DataSource dataSource;

    OutboxRows rows;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceUnderTest.properties());
        properties.put("borgerstemme.outbox.enabled", "false");
        properties.put("borgerstemme.outbox.first-retry", "10s");
        properties.put("borgerstemme.outbox.max-retry-delay", "1m");
        properties.put("test.outbox.recording-handler", "true");
        return properties;
    }

    @Singleton
    @Replaces(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void emptyOutbox() {
        rows = new OutboxRows(dataSource);
        rows.execute("DELETE FROM outbox_message");
        CLOCK.set(START);
        handler.reset();
    }

    @Test
    void theSameKindAndKeyTwiceMakesOneMessage() {
        assertThat(outbox.enqueue("slagelse", RecordingHandler.KIND, "case-17", "{\"n\":1}")).isTrue();
        assertThat(outbox.enqueue("slagelse", RecordingHandler.KIND, "case-17", "{\"n\":2}")).isFalse();
        assertThat(outbox.enqueue("slagelse", "OTHER", "case-17", "{}")).isTrue();

        assertThat(rows.ofKind(RecordingHandler.KIND)).singleElement()
            .satisfies(message -> assertThat(message.payload()).isEqualTo("{\"n\":1}"));
    }

    @Test
    void aMessageEnqueuedInATransactionThatRollsBackIsNeverSent() {
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            outbox.enqueue("slagelse", RecordingHandler.KIND, "rolled-back", "{}");
            throw new IllegalStateException("the change that caused the message failed");
        })).isInstanceOf(IllegalStateException.class);

        delivery.deliverDue();

        assertThat(rows.ofKind(RecordingHandler.KIND)).isEmpty();
        assertThat(handler.delivered).isEmpty();
    }

    @Test
    void aFailedDeliveryIsRetriedAfterAGrowingPauseAndThenDeliveredOnce() {
        outbox.enqueue("slagelse", RecordingHandler.KIND, "k1", "{}");
        handler.failuresToCome.set(3);

        assertThat(delivery.deliverDue()).isEqualTo(1);
        OutboxMessage afterFirst = rows.ofKind(RecordingHandler.KIND).get(0);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(START.plusSeconds(10));
        assertThat(afterFirst.lastError()).isEqualTo("Receiver unavailable: 503");
        assertThat(afterFirst.isDelivered()).isFalse();

        assertThat(delivery.deliverDue()).as("not due again before the pause is over").isZero();
        CLOCK.advance(Duration.ofSeconds(10));
        delivery.deliverDue();
        assertThat(rows.ofKind(RecordingHandler.KIND).get(0).nextAttemptAt()).isEqualTo(START.plusSeconds(10 + 20));
        CLOCK.advance(Duration.ofSeconds(20));
        delivery.deliverDue();
        assertThat(rows.ofKind(RecordingHandler.KIND).get(0).nextAttemptAt()).isEqualTo(START.plusSeconds(10 + 20 + 40));
        CLOCK.advance(Duration.ofSeconds(40));
        delivery.deliverDue();
        CLOCK.advance(Duration.ofHours(1));
        delivery.deliverDue();

        OutboxMessage delivered = rows.ofKind(RecordingHandler.KIND).get(0);
        assertThat(delivered.isDelivered()).isTrue();
        assertThat(delivered.attempts()).isEqualTo(4);
        assertThat(delivered.lastError()).isNull();
        assertThat(delivered.payload()).as("a payload without personal data is kept").isEqualTo("{}");
        assertThat(handler.delivered).containsExactly("k1");
    }

    @Test
    void thePauseBetweenAttemptsStopsGrowingAtItsMaximum() {
        OutboxSettings settings = new OutboxSettings();
        settings.setFirstRetry(Duration.ofSeconds(10));
        settings.setMaxRetryDelay(Duration.ofMinutes(1));

        assertThat(settings.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.retryDelayAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.retryDelayAfter(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryDelayAfter(200)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void anErrorWhoseTextMightHoldPersonalDataIsRecordedByItsKindOnly() {
        outbox.enqueue("slagelse", RecordingHandler.KIND, "leaky", "{}");
        handler.leakyFailure.set(true);

        delivery.deliverDue();

        assertThat(rows.ofKind(RecordingHandler.KIND).get(0).lastError()).isEqualTo("IllegalArgumentException");
    }

    @Test
    void aMessageOfAKindNobodyHandlesWaitsWithAClearError() {
        outbox.enqueue("slagelse", "NOBODY", "x", "{}");

        delivery.deliverDue();

        assertThat(rows.ofKind("NOBODY").get(0).lastError()).isEqualTo("No handler for outbox kind NOBODY");
        assertThat(rows.ofKind("NOBODY").get(0).isDelivered()).isFalse();
    }

    @Test
    void severalReplicasDeliveringAtOnceDeliverEachMessageExactlyOnce() throws Exception {
        for (int i = 0; i < 12; i++) {
            outbox.enqueue("slagelse", RecordingHandler.KIND, "m" + i, "{}");
        }
        handler.pause.set(40);

        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> runs = List.of(delivery::deliverDue, delivery::deliverDue, delivery::deliverDue);
            int tried = 0;
            for (Future<Integer> run : replicas.invokeAll(runs)) {
                tried += run.get();
            }
            assertThat(tried).isEqualTo(12);
        } finally {
            replicas.shutdownNow();
        }

        assertThat(handler.delivered).hasSize(12).doesNotHaveDuplicates();
        assertThat(handler.threads.values()).as("the work was shared").hasSizeGreaterThan(1);
        assertThat(rows.ofKind(RecordingHandler.KIND)).allSatisfy(message -> assertThat(message.isDelivered()).isTrue());
    }

    @Singleton
    @Requires(property = "test.outbox.recording-handler", value = "true")
    static class RecordingHandler implements OutboxHandler {
        static final String KIND = "TEST";
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final Map<String, Boolean> threads = new ConcurrentHashMap<>();
        final AtomicInteger failuresToCome = new AtomicInteger();
        final AtomicInteger pause = new AtomicInteger();
        final java.util.concurrent.atomic.AtomicBoolean leakyFailure = new java.util.concurrent.atomic.AtomicBoolean();

        void reset() {
            delivered.clear();
            threads.clear();
            failuresToCome.set(0);
            pause.set(0);
            leakyFailure.set(false);
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public void deliver(OutboxMessage message) throws Exception {
            if (leakyFailure.get()) {
                throw new IllegalArgumentException("no such mailbox: jens@example.dk");
            }
            if (failuresToCome.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                throw new DeliveryFailure("Receiver unavailable: 503");
            }
            Thread.sleep(pause.get());
            threads.put(Thread.currentThread().getName(), true);
            delivered.add(message.idempotencyKey());
        }
    }
}
