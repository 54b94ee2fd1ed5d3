package dk.borgerstemme.gateway.insight;

import dk.borgerstemme.platform.catalogue.Area;
import dk.borgerstemme.platform.catalogue.Catalogue;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.LanguageResolver;
import dk.borgerstemme.platform.security.Staff;
import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a portal request: who asks, in which language, with which token, and which filters, checked
 * against the catalogue and the staff member's scope. A unit or area outside the scope is refused with
 * 403; a filter value that names nothing known is dropped with a notice, never an error page.
 */
@Singleton
public class InsightRequest {

    private final Catalogue catalogue;
    private final MessageSource messages;
    private final String cookieName;

    InsightRequest(Catalogue catalogue, @Named(InsightMessages.NAME) MessageSource messages,
                   @Value("${micronaut.security.token.cookie.cookie-name:BORGERSTEMME}") String cookieName) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.cookieName = cookieName;
    }

    public Context read(String org, Filters asked, Authentication authentication, HttpRequest<?> request) {
        Organisation organisation = catalogue.require(org);
        InsightScope scope = InsightScope.of(Staff.of(authentication))
            .orElseThrow(() -> new HttpStatusException(HttpStatus.FORBIDDEN, "Insight is for analysts and unit leaders"));
        Texts texts = new Texts(messages, LanguageResolver.languageOf(request).locale());
        List<String> notices = new ArrayList<>();
        String unit = asked.unit();
        if (unit != null && organisation.unit(unit).isEmpty()) {
            notices.add(texts.say("insight.notice.unknownUnit"));
            unit = null;
        }
        if (unit != null && !scope.mayRead(unit)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Not one of your units");
        }
        String area = asked.area();
        if (area != null && organisation.area(area).isEmpty()) {
            notices.add(texts.say("insight.notice.unknownArea"));
            area = null;
        }
        if (area != null && scope.areasOf(organisation).stream().map(Area::id).noneMatch(area::equals)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "None of your units is in this area");
        }
        if (area != null && unit != null && !organisation.areaOfUnit(unit).map(Area::id).orElse("").equals(area)) {
            notices.add(texts.say("insight.notice.unitNotInArea"));
            area = null;
        }
        String role = asked.role();
        if (role != null && organisation.respondentRole(role).isEmpty()) {
            notices.add(texts.say("insight.notice.unknownRole"));
            role = null;
        }
        String token = request.getCookies().findCookie(cookieName).map(Cookie::getValue)
            .or(() -> request.getHeaders().getAuthorization().filter(value -> value.startsWith("Bearer ")).map(value -> value.substring(7)))
            .orElse("");
        return new Context(organisation, scope, new Filters(asked.period(), area, unit, role), texts, token, notices);
    }

    /** A checked request: the filters are known and within scope. */
    public record Context(Organisation organisation, InsightScope scope, Filters filters, Texts texts, String token, List<String> notices) {

        public String org() {
            return organisation.shortName();
        }

        public String lang() {
            return texts.lang();
        }
    }
}
