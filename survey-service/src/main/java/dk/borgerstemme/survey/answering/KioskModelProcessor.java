package dk.borgerstemme.survey.answering;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** On a kiosk tablet, every survey page says where to go back to after a period without input. */
@Singleton
class KioskModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    private static final Pattern SURVEY_PATH = Pattern.compile("^/o/([a-z0-9][a-z0-9-]*)/s(?:/|$)");

    private final int idleSeconds;

    KioskModelProcessor(@Value("${borgerstemme.kiosk.idle-seconds:180}") int idleSeconds) {
        this.idleSeconds = idleSeconds;
    }

    @Override
    public void process(@NonNull HttpRequest<?> request, @NonNull ModelAndView<Map<String, Object>> modelAndView) {
        Matcher survey = SURVEY_PATH.matcher(request.getPath());
        if (!survey.find()) {
            return;
        }
        request.getCookies().findCookie(KioskController.KIOSK_COOKIE).map(Cookie::getValue).ifPresent(token -> {
            Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
            model.put("kioskReset", "/o/" + survey.group(1) + "/s/kiosk/" + token);
            model.put("kioskIdleSeconds", idleSeconds);
            modelAndView.setModel(model);
        });
    }
}
