package dk.borgerstemme.survey.wave;

import dk.borgerstemme.survey.definition.SurveyDefinition;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The definition of a stored survey version, read once: a published version never changes. */
@Singleton
class FieldedDefinitions {

    private final SurveyRepositories.Versions versions;
    private final ObjectMapper json;
    private final Map<Long, SurveyDefinition> read = new ConcurrentHashMap<>();

    FieldedDefinitions(SurveyRepositories.Versions versions, ObjectMapper json) {
        this.versions = versions;
        this.json = json;
    }

    SurveyDefinition of(long versionId) {
        return read.computeIfAbsent(versionId, id -> parse(versions.findById(id).orElseThrow().definition()));
    }

    SurveyDefinition parse(String stored) {
        try {
            return json.readValue(stored, SurveyDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored survey version cannot be read", e);
        }
    }
}
