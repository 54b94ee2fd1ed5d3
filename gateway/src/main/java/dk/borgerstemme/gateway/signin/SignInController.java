package dk.borgerstemme.gateway.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The staff sign-in page. A failed attempt shows the page again with a clear message and the
 * username kept; a successful one sets the token cookie and returns the person to where they were
 * going, or to their organisation's start page.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInController {

    private final Authenticator<HttpRequest<?>> authenticator;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final boolean openIdConnect;

    SignInController(Authenticator<HttpRequest<?>> authenticator,
                     LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                     @Value("${borgerstemme.oidc.enabled:false}") boolean openIdConnect) {
        this.authenticator = authenticator;
        this.loginHandler = loginHandler;
        this.openIdConnect = openIdConnect;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue("return") String returnTo) {
        return view(new SignInForm("", ReturnAddress.sanitise(returnTo)), false);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    Mono<MutableHttpResponse<?>> signIn(HttpRequest<?> request, @Body SignInForm form) {
        return Mono.from(authenticator.authenticate(request, new UsernamePasswordCredentials(form.username(), form.password())))
            .map(response -> respond(request, form, response));
    }

    private MutableHttpResponse<?> respond(HttpRequest<?> request, SignInForm form, AuthenticationResponse response) {
        if (!response.isAuthenticated() || response.getAuthentication().isEmpty()) {
            return HttpResponse.ok(view(new SignInForm(form.username(), ReturnAddress.sanitise(form.returnTo())), true));
        }
        Authentication authentication = response.getAuthentication().get();
        MutableHttpResponse<?> success = loginHandler.loginSuccess(authentication, request);
        String organisation = String.valueOf(authentication.getAttributes().get("org"));
        URI target = ReturnAddress.sanitise(form.returnTo())
            .map(URI::create)
            .orElseGet(() -> URI.create("/o/" + organisation + "/personale"));
        success.getHeaders().set(HttpHeaders.LOCATION, target.toString());
        return success.status(HttpStatus.SEE_OTHER);
    }

    private ModelAndView<Map<String, Object>> view(SignInForm form, boolean failed) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", form.username() == null ? "" : form.username());
        model.put("returnTo", form.returnTo() == null ? "" : form.returnTo());
        model.put("failed", failed);
        model.put("openIdConnect", openIdConnect);
        return new ModelAndView<>("signin/signin", model);
    }
}
