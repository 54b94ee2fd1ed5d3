package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.RespondentRole;
import dk.borgerstemme.platform.catalogue.Unit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The models of the wave pages: names instead of ids, dates as people read them, problems by field. */
@Singleton
class WavePages {

    /** The code batch form as typed. */
    record BatchForm(String unit, String role, String count) {
        static BatchForm empty() {
            return new BatchForm("", "", "");
        }
    }

    /** A choice in a form: checkbox, radio button or select option. */
    record Choice(String id, String value, String label, boolean checked) {
    }

    private final Waves waves;
    private final WaveViews views;

    WavePages(Waves waves, WaveViews views) {
        this.waves = waves;
        this.views = views;
    }

    ModelAndView<Map<String, Object>> list(Organisation organisation, WaveAccess access, Locale locale) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WaveResponses.WaveSummary wave : views.summaries(organisation, access, locale)) {
            rows.add(Map.of(
                "id", wave.id(),
                "name", wave.name(),
                "survey", wave.survey(),
                "opensOn", date(wave.opensOn(), locale),
                "closesOn", date(wave.closesOn(), locale),
                "state", wave.state().id(),
                "closedOn", wave.closedOn() == null ? "" : date(wave.closedOn(), locale),
                "issued", wave.codesIssued(),
                "used", wave.codesUsed()));
        }
        return new ModelAndView<>("waves/list", Map.of(
            "organisationName", organisation.name().in(locale),
            "waves", rows,
            "mayCreate", access.mayManage()));
    }

    ModelAndView<Map<String, Object>> newWave(Organisation organisation, WavePagesController.WaveForm form, Map<String, String> problems,
                                              Locale locale) {
        List<Choice> surveys = waves.fieldable(organisation).stream()
            .map(version -> new Choice("survey-" + version.versionId(), String.valueOf(version.versionId()),
                version.definition().title().in(locale) + " (version " + version.number() + ")",
                form.surveyVersionId().equals(String.valueOf(version.versionId()))))
            .toList();
        List<Choice> units = organisation.units().stream()
            .map(unit -> new Choice("unit-" + unit.id(), unit.id(), unit.name().in(locale), form.units().contains(unit.id())))
            .toList();
        List<Choice> roles = organisation.respondentRoles().stream()
            .map(role -> new Choice("role-" + role.id(), role.id(), role.name().in(locale), form.roles().contains(role.id())))
            .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("organisationName", organisation.name().in(locale));
        model.put("form", form);
        model.put("problems", problems);
        model.put("hasProblems", !problems.isEmpty());
        model.put("surveys", surveys);
        model.put("units", units);
        model.put("roles", roles);
        model.put("firstField", Map.of(
            "name", "name",
            "surveyVersionId", surveys.isEmpty() ? "name" : surveys.get(0).id(),
            "opensOn", "opensOn",
            "closesOn", "closesOn",
            "units", units.isEmpty() ? "name" : units.get(0).id(),
            "roles", roles.isEmpty() ? "name" : roles.get(0).id()));
        return new ModelAndView<>("waves/new", model);
    }

    ModelAndView<Map<String, Object>> wave(Organisation organisation, Wave wave, WaveAccess access, BatchForm form,
                                           Map<String, String> problems, @Nullable Long madeBatch, Locale locale) {
        WaveResponses.WaveDetail detail = views.detail(organisation, wave, access, locale);
        List<Map<String, Object>> counts = new ArrayList<>();
        for (CodeCounts count : detail.codes()) {
            counts.add(Map.of("unit", unitName(organisation, count.unit(), locale), "role", roleName(organisation, count.role(), locale),
                "issued", count.issued(), "used", count.used(), "kiosk", count.kioskAnswers()));
        }
        List<Map<String, Object>> batches = new ArrayList<>();
        Map<String, Object> made = null;
        for (WaveResponses.BatchSummary batch : detail.batches()) {
            Map<String, Object> row = Map.of("id", batch.id(), "count", batch.size(), "unit", unitName(organisation, batch.unit(), locale),
                "role", roleName(organisation, batch.role(), locale), "createdOn", date(batch.createdOn(), locale), "csv", batch.csv(),
                "danish", batch.lettersDanish(), "english", batch.lettersEnglish());
            batches.add(row);
            if (madeBatch != null && madeBatch == batch.id()) {
                made = row;
            }
        }
        List<Map<String, Object>> kiosks = new ArrayList<>();
        if (access.mayManage()) {
            for (String unit : detail.units()) {
                for (String role : detail.roles()) {
                    kiosks.add(Map.of("unit", unit, "role", role, "unitName", unitName(organisation, unit, locale),
                        "roleName", roleName(organisation, role, locale),
                        "link", waves.kiosk(wave, unit, role).map(kiosk -> views.kioskLink(organisation.shortName(), kiosk)).orElse("")));
                }
            }
        }
        LocalDate today = waves.today();
        Map<String, Object> model = new HashMap<>();
        model.put("organisationName", organisation.name().in(locale));
        model.put("wave", Map.of(
            "id", wave.id(),
            "name", wave.name(),
            "survey", detail.survey(),
            "opensOn", date(wave.opensOn(), locale),
            "closesOn", date(wave.closesOn(), locale),
            "state", detail.state().id(),
            "closedOn", wave.closedOn() == null ? "" : date(wave.closedOn(), locale),
            "units", detail.units().stream().map(unit -> unitName(organisation, unit, locale)).toList(),
            "roles", detail.roles().stream().map(role -> roleName(organisation, role, locale)).toList()));
        model.put("counts", counts);
        model.put("mayManage", access.mayManage());
        model.put("mayGenerate", access.mayManage() && !wave.hasEndedBy(today));
        model.put("mayClose", access.mayManage() && !wave.hasEndedBy(today));
        model.put("ended", wave.hasEndedBy(today));
        model.put("batches", batches);
        model.put("made", made);
        model.put("kiosks", kiosks);
        model.put("form", form);
        model.put("problems", problems);
        model.put("hasProblems", !problems.isEmpty());
        model.put("unitChoices", detail.units().stream()
            .map(unit -> new Choice("enhed", unit, unitName(organisation, unit, locale), unit.equals(form.unit()))).toList());
        model.put("roleChoices", detail.roles().stream()
            .map(role -> new Choice("rolle", role, roleName(organisation, role, locale), role.equals(form.role()))).toList());
        return new ModelAndView<>("waves/wave", model);
    }

    private static String unitName(Organisation organisation, String unit, Locale locale) {
        return organisation.unit(unit).map(Unit::name).map(name -> name.in(locale)).orElse(unit);
    }

    private static String roleName(Organisation organisation, String role, Locale locale) {
        return organisation.respondentRole(role).map(RespondentRole::name).map(name -> name.in(locale)).orElse(role);
    }

    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern(locale.getLanguage().equals("da") ? "d. MMMM yyyy" : "d MMMM yyyy", locale).format(day);
    }
}
