package dk.borgerstemme.survey.wave;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.borgerstemme.platform.catalogue.Organisation;
import dk.borgerstemme.platform.i18n.Language;
import dk.borgerstemme.survey.definition.SurveyDefinition;
import dk.borgerstemme.survey.invitation.InvitationCode;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The printable invitation letters of a batch: an A4 page per code in Danish or English, saying who asks,
 * what the survey is about, that answering is voluntary and anonymous, how long it takes, where to answer
 * and the code to type in groups of four, with a QR code that opens the survey with the code filled in.
 * The PDF is tagged (PDF/UA) with a title and the language, and embeds the design system's typeface.
 */
@Singleton
public class InvitationLetters {

    static final String FONT_FAMILY = "IBM Plex Sans";
    private static final int QR_PIXELS = 330;
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SurveyAddress address;

    InvitationLetters(SurveyAddress address) {
        this.address = address;
    }

    public byte[] pdf(Waves.BatchCodes batch, Organisation organisation, Language language) {
        String xhtml = xhtml(batch, organisation, language);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.useFont(() -> font("IBMPlexSans-Regular.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("IBMPlexSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The letters could not be made", e);
        }
    }

    String xhtml(Waves.BatchCodes batch, Organisation organisation, Language language) {
        Locale locale = language.locale();
        ResourceBundle texts = ResourceBundle.getBundle("i18n.waves", locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        SurveyDefinition survey = batch.definition();
        String organisationName = organisation.name().in(locale);
        String surveyTitle = survey.title().in(locale);
        String where = address.of(organisation.shortName());
        String closes = (language == Language.DA ? DANISH_DATE : ENGLISH_DATE).format(batch.wave().closesOn());
        StringBuilder html = new StringBuilder()
            .append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\"><head><meta charset=\"utf-8\"/>")
            .append("<title>").append(escape(text(texts, "letter.documentTitle", surveyTitle, organisationName))).append("</title>")
            .append("<meta name=\"subject\" content=\"").append(escape(surveyTitle)).append("\"/>")
            .append("<meta name=\"author\" content=\"").append(escape(organisationName)).append("\"/>")
            .append("<style>")
            .append("@page { size: A4; margin: 22mm 20mm; }")
            .append("body { font-family: '").append(FONT_FAMILY).append("'; font-size: 12pt; line-height: 1.5; color: #1a1a1a; }")
            .append(".letter { page-break-after: always; } .letter.last { page-break-after: auto; }")
            .append(".sender { font-weight: 700; font-size: 13pt; margin: 0 0 14mm 0; }")
            .append("h1 { font-size: 20pt; line-height: 1.25; margin: 0 0 6mm 0; } h2 { font-size: 14pt; margin: 8mm 0 2mm 0; }")
            .append(".code { font-size: 24pt; font-weight: 700; margin: 2mm 0 4mm 0; }")
            .append(".qr { width: 42mm; height: 42mm; }")
            .append("</style></head><body>");
        for (int i = 0; i < batch.codes().size(); i++) {
            InvitationCode code = batch.codes().get(i);
            String link = address.withCode(organisation.shortName(), code, language);
            String qr = Base64.getEncoder().encodeToString(QrCodes.png(link, QR_PIXELS));
            html.append("<div class=\"letter").append(i == batch.codes().size() - 1 ? " last" : "").append("\">")
                .append("<p class=\"sender\">").append(escape(organisationName)).append("</p>")
                .append("<h1>").append(escape(surveyTitle)).append("</h1>")
                .append("<p>").append(escape(survey.intro().in(locale))).append("</p>")
                .append("<p>").append(escape(text(texts, "letter.minutes", survey.minutes()))).append(' ')
                .append(escape(text(texts, "letter.voluntary"))).append(' ')
                .append(escape(text(texts, "letter.anonymous"))).append("</p>")
                .append("<h2>").append(escape(text(texts, "letter.howHeading"))).append("</h2>")
                .append("<p>").append(escape(text(texts, "letter.goTo"))).append("<br/><strong>").append(escape(where)).append("</strong></p>")
                .append("<p>").append(escape(text(texts, "letter.typeCode"))).append("</p>")
                .append("<p class=\"code\">").append(code.display()).append("</p>")
                .append("<p>").append(escape(text(texts, "letter.scan"))).append("</p>")
                .append("<p><img class=\"qr\" src=\"data:image/png;base64,").append(qr).append("\" alt=\"")
                .append(escape(text(texts, "letter.qrAlt"))).append("\"/></p>")
                .append("<p>").append(escape(text(texts, "letter.once", closes))).append("</p>")
                .append("</div>");
        }
        return html.append("</body></html>").toString();
    }

    private static String text(ResourceBundle texts, String key, Object... values) {
        String text;
        try {
            text = texts.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No letter text " + key + " in " + texts.getLocale(), e);
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    private static InputStream font(String file) {
        InputStream font = InvitationLetters.class.getClassLoader().getResourceAsStream("pdf-fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("The font pdf-fonts/" + file + " is missing from the platform jar");
        }
        return font;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
