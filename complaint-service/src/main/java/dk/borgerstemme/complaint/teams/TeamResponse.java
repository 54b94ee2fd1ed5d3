package dk.borgerstemme.complaint.teams;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A team that complaints are routed to, with the units whose complaints it handles. */
@Serdeable
record TeamResponse(String id, String name, List<String> units, boolean handlesUnrouted) {
}
