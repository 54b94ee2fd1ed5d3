package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.platform.catalogue.Area;
import dk.borgerstemme.platform.catalogue.Organisation;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The model of the intake form, for the citizen's page and the staff's registration page alike. */
final class IntakePage {

    record Choice(String value, String label) {
    }

    record Group(String label, List<Choice> choices) {
    }

    private IntakePage() {
    }

    static ModelAndView<Map<String, Object>> form(Organisation organisation, IntakeForm form, List<Problem> problems,
                                                  boolean refused, boolean byStaff, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.messageKey()));
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("problems", problems);
        model.put("errors", errors);
        model.put("refused", refused);
        model.put("byStaff", byStaff);
        model.put("org", organisation.shortName());
        model.put("action", "/o/" + organisation.shortName() + (byStaff ? "/klage/sager/ny" : "/klage"));
        model.put("roles", IntakeValidation.ROLE_ORDER);
        model.put("places", places(organisation, locale));
        model.put("categories", organisation.complaintCategories().stream()
            .map(category -> new Choice(category.id(), category.name().in(locale))).toList());
        model.put("whatMax", IntakeForm.WHAT_HAPPENED_MAX);
        model.put("wishMax", IntakeForm.WISH_MAX);
        return new ModelAndView<>("intake/form", model);
    }

    private static List<Group> places(Organisation organisation, Locale locale) {
        return organisation.areas().stream().map((Area area) -> {
            List<Choice> choices = new java.util.ArrayList<>();
            choices.add(new Choice(IntakeValidation.AREA_PREFIX + area.id(), area.name().in(locale)));
            area.units().forEach(unit -> choices.add(new Choice(IntakeValidation.UNIT_PREFIX + unit.id(), unit.name().in(locale))));
            return new Group(area.name().in(locale), choices);
        }).toList();
    }
}
