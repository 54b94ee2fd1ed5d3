package dk.borgerstemme.survey.authoring;

import java.util.List;
import java.util.Optional;

/**
 * A survey of an organisation with every version, oldest first. {@code lock} is the survey's version
 * for optimistic locking: every change to the survey (a new draft, an edit, a publication) must name
 * the lock it was based on, and a stale one is refused so no edit silently overwrites another.
 */
record AuthoredSurvey(long id, String organisation, String slug, long lock, List<StoredVersion> versions) {

    AuthoredSurvey {
        versions = List.copyOf(versions);
    }

    Optional<StoredVersion> draft() {
        return versions.stream().filter(StoredVersion::isDraft).findFirst();
    }

    Optional<StoredVersion> latestPublished() {
        return versions.stream().filter(version -> !version.isDraft()).reduce((first, second) -> second);
    }

    List<StoredVersion> published() {
        return versions.stream().filter(version -> !version.isDraft()).toList();
    }

    Optional<StoredVersion> version(int number) {
        return versions.stream().filter(version -> version.number() == number).findFirst();
    }

    /** The version people see: the draft while there is one, else the latest published. */
    StoredVersion current() {
        return draft().or(this::latestPublished).orElseThrow();
    }
}
