package dk.borgerstemme.survey.answering;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/** Answers kept to finish later, tied to the code until submit and deleted with it. */
@MappedEntity("saved_answers")
record SavedAnswers(@Id String code, String answers, LocalDate savedOn) {

    @Override
    public String toString() {
        return "SavedAnswers[****]";
    }
}
