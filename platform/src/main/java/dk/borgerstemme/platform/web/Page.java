package dk.borgerstemme.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;

/**
 * What the shared layout needs to know about the page it frames. Every view gets one as {@code page}.
 *
 * @param lang            the page's language code, also its {@code lang} attribute
 * @param otherLanguage   the code of the language the switch offers
 * @param otherLanguageName that language's name in itself
 * @param switchLanguageUrl this same page in the other language
 * @param organisation    the organisation the page belongs to, when the address names one
 * @param staff           the signed-in staff member, if any
 * @param csrfToken       the value for a form's hidden {@code _csrf} field
 * @param dkfds           where the design system's assets are served
 * @param assets          where our own assets are served
 */
@Introspected
public record Page(
    String lang,
    String otherLanguage,
    String otherLanguageName,
    String switchLanguageUrl,
    @Nullable OrganisationHeader organisation,
    @Nullable StaffHeader staff,
    @Nullable String csrfToken,
    String dkfds,
    String assets) {

    /** The organisation as the header and footer show it. */
    @Introspected
    public record OrganisationHeader(String shortName, String name, String accessibilityStatementUrl) {
    }

    /** The signed-in staff member as the header shows them. */
    @Introspected
    public record StaffHeader(String name, String organisation) {
    }
}
