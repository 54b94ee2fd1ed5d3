package dk.borgerstemme.survey.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Another service asking for a code: its idempotency key (the same key always gives the same code), the
 * unit the code is about if any, the respondent role (default {@code borger}) and the language of the
 * address it will send on ({@code da} or {@code en}, default Danish).
 */
@Serdeable
record CodeRequest(@Nullable String key, @Nullable String unit, @Nullable String role, @Nullable String language) {
}
