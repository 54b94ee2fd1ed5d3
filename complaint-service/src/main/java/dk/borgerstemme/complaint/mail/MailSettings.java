package dk.borgerstemme.complaint.mail;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code borgerstemme.mail.*}: the sender address and name, the SMTP host (empty: no SMTP, mails become files)
 * and the directory the files go to.
 */
@ConfigurationProperties("borgerstemme.mail")
public class MailSettings {

    private String from = "noreply@borgerstemme.invalid";
    private String fromName = "Borgerstemme";
    private String smtpHost = "";
    private String directory = "data/complaint-service/mail";

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getFromName() {
        return fromName;
    }

    public void setFromName(String fromName) {
        this.fromName = fromName;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public void setSmtpHost(String smtpHost) {
        this.smtpHost = smtpHost == null ? "" : smtpHost.strip();
    }

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }
}
