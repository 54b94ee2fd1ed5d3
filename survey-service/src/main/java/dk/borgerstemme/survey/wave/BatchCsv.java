package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.survey.invitation.InvitationCode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A batch of codes as CSV, one code a row, for a mail merge or a print shop: the code as typed, the
 * address to type it at and the address that opens the survey with the code filled in. Comma-separated,
 * UTF-8, fields quoted where needed.
 */
final class BatchCsv {

    static final List<String> HEADER = List.of("code", "unit", "unit_name", "role", "wave", "survey_address", "link");

    private BatchCsv() {
    }

    static String of(Waves.BatchCodes batch, Organisation organisation, SurveyAddress address) {
        String unitName = organisation.unit(batch.batch().unit()).map(unit -> unit.name().da()).orElse(batch.batch().unit());
        StringBuilder csv = new StringBuilder(line(HEADER));
        for (InvitationCode code : batch.codes()) {
            csv.append(line(List.of(code.display(), batch.batch().unit(), unitName, batch.batch().role(), batch.wave().name(),
                address.of(organisation.shortName()), address.withCode(organisation.shortName(), code, Language.DA))));
        }
        return csv.toString();
    }

    private static String line(List<String> fields) {
        return fields.stream().map(BatchCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(String value) {
        // A leading =, +, - or @ would be read as a formula by a spreadsheet.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches(".*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
