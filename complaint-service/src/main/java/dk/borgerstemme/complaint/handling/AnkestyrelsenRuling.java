package dk.borgerstemme.complaint.handling;

import dk.borgerstemme.complaint.casefile.AnkestyrelsenDecision;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** How and when Ankestyrelsen decided a forwarded case. */
public record AnkestyrelsenRuling(@Nullable AnkestyrelsenDecision decision, @Nullable LocalDate decidedOn) {
}
