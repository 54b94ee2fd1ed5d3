package dk.borgerstemme.platform.web;

import dk.borgerstemme.platform.catalogue.UnknownOrganisationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An address naming an organisation we do not serve is simply a page that does not exist. */
@Singleton
class UnknownOrganisationPage implements ExceptionHandler<UnknownOrganisationException, MutableHttpResponse<?>> {

    private final ErrorPages errorPages;

    UnknownOrganisationPage(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, UnknownOrganisationException exception) {
        return errorPages.render(request, HttpStatus.NOT_FOUND, "notFound");
    }
}
