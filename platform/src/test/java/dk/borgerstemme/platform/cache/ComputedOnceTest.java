package dk.borgerstemme.platform.cache;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComputedOnceTest {

    @Test
    void aKeptValueIsNotComputedAgain() {
        ComputedOnce<String, Integer> kept = new ComputedOnce<>(10);
        AtomicInteger computations = new AtomicInteger();

        assertThat(kept.get("wave 1", computations::incrementAndGet)).isEqualTo(1);
        assertThat(kept.get("wave 1", computations::incrementAndGet)).isEqualTo(1);
        assertThat(kept.get("wave 2", computations::incrementAndGet)).isEqualTo(2);
        assertThat(computations).hasValue(2);
    }

    @Test
    void threadsAskingForTheSameValueAtOnceShareOneComputation() throws Exception {
        ComputedOnce<String, Integer> kept = new ComputedOnce<>(10);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            answers.add(threads.submit(() -> kept.get("view", () -> {
                started.countDown();
                await(release);
                return computations.incrementAndGet();
            })));
            started.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) {
                answers.add(threads.submit(() -> kept.get("view", computations::incrementAndGet)));
            }
            release.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(computations).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theLeastRecentlyUsedValueGoesFirst() {
        ComputedOnce<String, String> kept = new ComputedOnce<>(2);
        kept.get("a", () -> "A");
        kept.get("b", () -> "B");
        kept.get("a", () -> "computed again");
        kept.get("c", () -> "C");

        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.get("a", () -> "computed again")).isEqualTo("A");
        assertThat(kept.get("b", () -> "B again")).as("b was used least recently").isEqualTo("B again");
    }

    @Test
    void aFailedComputationIsNotKept() {
        ComputedOnce<String, String> kept = new ComputedOnce<>(10);

        assertThatThrownBy(() -> kept.get("view", () -> {
            throw new IllegalStateException("the database did not answer");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the database did not answer");
        assertThat(kept.get("view", () -> "figures")).isEqualTo("figures");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
