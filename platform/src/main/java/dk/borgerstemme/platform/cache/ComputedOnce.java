package dk.borgerstemme.platform.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Values kept by key, at most {@code maximum}, the least recently used going first; when several threads ask
 * for a value not yet there at the same time, one computes it and the others wait for it. The keys name
 * everything a value is computed from, so a value is never stale, only unused. Survey results and complaint
 * figures keep what they computed with it (issue 7, reports at scale).
 */
public final class ComputedOnce<K, V> {

    private final int maximum;
    private final LinkedHashMap<K, CompletableFuture<V>> values = new LinkedHashMap<>(16, 0.75f, true);

    public ComputedOnce(int maximum) {
        this.maximum = maximum;
    }

    public V get(K key, Supplier<V> compute) {
        CompletableFuture<V> value;
        boolean ours = false;
        synchronized (this) {
            value = values.get(key);
            if (value == null) {
                value = new CompletableFuture<>();
                values.put(key, value);
                ours = true;
                Iterator<Map.Entry<K, CompletableFuture<V>>> oldest = values.entrySet().iterator();
                while (values.size() > maximum && oldest.hasNext()) {
                    oldest.next();
                    oldest.remove();
                }
            }
        }
        if (ours) {
            try {
                value.complete(compute.get());
            } catch (RuntimeException | Error e) {
                forget(key, value);
                value.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public synchronized int size() {
        return values.size();
    }

    private synchronized void forget(K key, CompletableFuture<V> value) {
        values.remove(key, value);
    }
}
