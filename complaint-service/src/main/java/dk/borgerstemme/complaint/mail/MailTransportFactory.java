package dk.borgerstemme.complaint.mail;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.email.javamail.composer.MessageComposer;
import io.micronaut.email.javamail.sender.JavaxEmailSender;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Set;

/**
 * SMTP when a host is configured ({@code BORGERSTEMME_SMTP_HOST}) outside the demo and dev
 * environments; otherwise files under the service's data directory, so {@code ./run.sh} users can read
 * the receipts.
 */
@Factory
class MailTransportFactory {

    private static final Logger LOG = LoggerFactory.getLogger(MailTransportFactory.class);
    private static final Set<String> FILE_ENVIRONMENTS = Set.of("demo", Environment.DEVELOPMENT);

    @Singleton
    MailTransport mailTransport(MailSettings settings, Environment environment, MessageComposer composer,
                                BeanProvider<JavaxEmailSender> smtp) {
        boolean demo = environment.getActiveNames().stream().anyMatch(FILE_ENVIRONMENTS::contains);
        if (demo || settings.getSmtpHost().isEmpty()) {
            Path directory = Path.of(settings.getDirectory()).toAbsolutePath();
            LOG.info("E-mails are written as files to {} instead of being sent", directory);
            return new FileMailTransport(directory, composer);
        }
        LOG.info("E-mails are sent over SMTP via {}", settings.getSmtpHost());
        return new SmtpMailTransport(smtp.get());
    }
}
