package dk.borgerstemme.gateway.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;

/** Signing out clears the token cookie and shows the front page. A plain form POST, protected against CSRF. */
@Controller("/logout")
@Secured(SecurityRule.IS_ANONYMOUS)
class SignOutController {

    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler;

    SignOutController(LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> logoutHandler) {
        this.logoutHandler = logoutHandler;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> signOut(HttpRequest<?> request) {
        return logoutHandler.logout(request).status(HttpStatus.SEE_OTHER);
    }
}
