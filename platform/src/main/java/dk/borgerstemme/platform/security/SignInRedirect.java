package dk.borgerstemme.platform.security;

import dk.borgerstemme.platform.web.ErrorPages;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * What a refused request gets: a browser that is not signed in goes to the gateway's sign-in page and
 * comes back afterwards; a signed-in person without the right role or organisation gets a 403 page;
 * an API client gets 401 or 403 as a problem document.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class SignInRedirect implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    static final String SIGN_IN_PATH = "/login";

    private final ErrorPages errorPages;

    SignInRedirect(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return errorPages.render(request, HttpStatus.FORBIDDEN, "forbidden");
        }
        if (request.getMethod() == HttpMethod.GET && ErrorPages.wantsPage(request)) {
            URI signIn = UriBuilder.of(SIGN_IN_PATH).queryParam("return", request.getUri().toString()).build();
            return HttpResponse.seeOther(signIn);
        }
        return errorPages.render(request, HttpStatus.UNAUTHORIZED, "unauthorized");
    }
}
