package dk.borgerstemme.survey.answering;

import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.wave.SurveyRepositories;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The definition of a stored survey version. Versions never change once fielded, so each is read once. */
@Singleton
class PublishedDefinitions {

    private final SurveyRepositories.Versions versions;
    private final ObjectMapper json;
    private final Map<Long, SurveyDefinition> read = new ConcurrentHashMap<>();

    PublishedDefinitions(SurveyRepositories.Versions versions, ObjectMapper json) {
        this.versions = versions;
        this.json = json;
    }

    SurveyDefinition of(long versionId) {
        return read.computeIfAbsent(versionId, id -> {
            String stored = versions.findById(id).orElseThrow().definition();
            try {
                return json.readValue(stored, SurveyDefinition.class);
            } catch (IOException e) {
                throw new UncheckedIOException("Survey version " + id + " cannot be read", e);
            }
        });
    }
}
