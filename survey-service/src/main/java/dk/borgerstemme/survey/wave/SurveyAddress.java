package dk.borgerstemme.survey.wave;

import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.survey.invitation.InvitationCode;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Where citizens answer, as printed in a letter, put in a QR code or sent by another service: the public
 * address of the installation ({@code BORGERSTEMME_PUBLIC_URL}) and the organisation's survey page. With a
 * code, the page opens with the code filled in.
 */
@Singleton
public class SurveyAddress {

    private final String publicUrl;

    SurveyAddress(@Value("${borgerstemme.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The survey page, as a person types it from a letter. */
    public String of(String organisation) {
        return publicUrl + "/o/" + organisation + "/s";
    }

    /** The survey page with the code filled in, in {@code language} (Danish needs no parameter). */
    public String withCode(String organisation, InvitationCode code, Language language) {
        return of(organisation) + "?kode=" + code.value() + (language == Language.DEFAULT ? "" : "&lang=" + language.code());
    }
}
