package dk.borgerstemme.gateway.insight.services;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a call to another service gave: the answer, or why there is none. The portal renders what it
 * has and names what is missing, so a missing answer is a value here, never an exception.
 */
public record Fetched<T>(Optional<T> value, Missing missing) {

    public enum Missing {
        /** Nothing missing. */
        NONE,
        /** The service did not answer in time, refused the connection or failed. */
        UNAVAILABLE,
        /** The service answered that the address does not exist (for example an endpoint not yet built). */
        NOT_FOUND,
        /** The service refused the staff member (scope enforced again by the service). */
        FORBIDDEN
    }

    public static <T> Fetched<T> of(T value) {
        return new Fetched<>(Optional.of(value), Missing.NONE);
    }

    public static <T> Fetched<T> missing(Missing why) {
        return new Fetched<>(Optional.empty(), why);
    }

    public boolean present() {
        return value.isPresent();
    }

    public <R> Fetched<R> map(Function<T, R> mapping) {
        return value.map(found -> Fetched.of(mapping.apply(found))).orElseGet(() -> missing(missing));
    }
}
