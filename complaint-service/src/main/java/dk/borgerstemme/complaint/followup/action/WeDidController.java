package dk.borgerstemme.complaint.followup.action;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.catalogue.Unit;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * "I sagde, vi gjorde": the published actions of an organisation by unit, for anyone. Only the public
 * text written for citizens and when it was (or will be) done are shown — nothing of the case, its
 * reference, the owner or the internal description.
 */
@Controller("/o/{org}/klage/vi-gjorde")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class WeDidController {

    private final Catalogue catalogue;
    private final ActionRepository actions;
    private final ActionReader reader;

    WeDidController(Catalogue catalogue, ActionRepository actions, ActionReader reader) {
        this.catalogue = catalogue;
        this.actions = actions;
        this.reader = reader;
    }

    /** One thing changed, as citizens read it; {@code textLanguage} is set when the text is not in the page's language. */
    public record Change(String text, @Nullable String textLanguage, String when) {
    }

    /** The changes under one unit (or the whole organisation). */
    public record UnitChanges(String id, String name, List<Change> changes) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(String org, @Nullable @QueryValue String enhed, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        Locale locale = LanguageResolver.languageOf(request).locale();
        boolean english = "en".equals(locale.getLanguage());
        Map<String, List<Change>> byUnit = new LinkedHashMap<>();
        for (ComplaintAction action : actions.findPublished(org)) {
            if (action.getPublicText() == null) {
                continue;
            }
            String text = english && action.getPublicTextEn() != null ? action.getPublicTextEn() : action.getPublicText();
            String textLanguage = english && action.getPublicTextEn() == null ? "da" : null;
            String when = action.wasDone()
                ? reader.text("wedid.done", locale, ActionDates.written(action.getDoneOn(), locale))
                : reader.text("wedid.underway", locale, ActionDates.written(action.getDueOn(), locale));
            byUnit.computeIfAbsent(Objects.requireNonNullElse(action.getUnitId(), ""), unit -> new ArrayList<>())
                .add(new Change(text, textLanguage, when));
        }
        List<UnitChanges> groups = new ArrayList<>();
        if (byUnit.containsKey("")) {
            groups.add(new UnitChanges("", reader.text("wedid.organisation", locale), byUnit.get("")));
        }
        for (Unit unit : organisation.units()) {
            if (byUnit.containsKey(unit.id())) {
                groups.add(new UnitChanges(unit.id(), unit.name().in(locale), byUnit.get(unit.id())));
            }
        }
        String chosen = enhed != null && organisation.unit(enhed).isPresent() ? enhed : null;
        List<Choice> choices = new ArrayList<>();
        for (Unit unit : organisation.units()) {
            if (byUnit.containsKey(unit.id()) || unit.id().equals(chosen)) {
                choices.add(new Choice(unit.id(), unit.name().in(locale)));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("organisationName", organisation.name().in(locale));
        model.put("base", UriBuilder.of("/o").path(org).path("klage").path("vi-gjorde").toString());
        model.put("complaintForm", UriBuilder.of("/o").path(org).path("klage").toString());
        model.put("choices", choices);
        model.put("chosen", chosen);
        model.put("groups", chosen == null ? groups : groups.stream().filter(group -> group.id().equals(chosen)).toList());
        return new ModelAndView<>("followup/wedid", model);
    }
}
