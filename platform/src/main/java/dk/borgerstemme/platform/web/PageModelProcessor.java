package dk.borgerstemme.platform.web;

import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.CsrfProtection;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives every rendered view the {@link Page} that the shared layout frames it with. */
@Singleton
class PageModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private static final Pattern ORGANISATION_PATH = Pattern.compile("^/o/([a-z0-9][a-z0-9-]*)(?:/|$)");

    private final Catalogue catalogue;

    PageModelProcessor(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        model.put("page", page(request));
        modelAndView.setModel(model);
    }

    Page page(HttpRequest<?> request) {
        Language language = LanguageResolver.languageOf(request);
        Language other = language.other();
        return new Page(
            language.code(),
            other.code(),
            other.nativeName(),
            switchTo(request, other),
            organisationOf(request.getPath(), language).orElse(null),
            request.getUserPrincipal(Authentication.class).map(Staff::of)
                .map(staff -> new Page.StaffHeader(staff.name(), staff.organisation())).orElse(null),
            CsrfProtection.tokenFor(request).orElse(null),
            Assets.DKFDS,
            Assets.APP);
    }

    private Optional<Page.OrganisationHeader> organisationOf(String path, Language language) {
        Matcher matcher = ORGANISATION_PATH.matcher(path);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return catalogue.find(matcher.group(1)).map(organisation -> new Page.OrganisationHeader(
            organisation.shortName(),
            organisation.name().in(language.locale()),
            organisation.accessibilityStatementUrl().toString()));
    }

    private static String switchTo(HttpRequest<?> request, Language language) {
        UriBuilder uri = UriBuilder.of(request.getPath());
        request.getParameters().forEach((name, values) -> {
            if (!name.equals(LanguageResolver.PARAMETER)) {
                values.forEach(value -> uri.queryParam(name, value));
            }
        });
        return uri.queryParam(LanguageResolver.PARAMETER, language.code()).toString();
    }
}
