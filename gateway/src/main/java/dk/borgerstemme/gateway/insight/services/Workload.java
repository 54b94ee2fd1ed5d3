package dk.borgerstemme.gateway.insight.services;

import io.micronaut.serde.annotation.Serdeable;

/** The signed-in staff member's own open complaint cases (GET /api/complaints/{org}/workload). */
@Serdeable
public record Workload(String scope, int open, int unacknowledged, int overdue, int dueSoon, int dueSoonWorkingDays, int safetyConcernsOpen) {
}
