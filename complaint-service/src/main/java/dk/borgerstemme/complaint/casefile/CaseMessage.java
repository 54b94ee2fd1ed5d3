package dk.borgerstemme.complaint.casefile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

@MappedEntity("complaint_message")
public record CaseMessage(
    @Id @GeneratedValue @Nullable Long id,
    long caseId,
    MessageKind kind,
    String body,
    String author,
    LocalDateTime writtenAt) {

    @Override
    public String toString() {
        return "CaseMessage[case=" + caseId + ", " + kind + "]";
    }
}
