package dk.borgerstemme.complaint.intake;

import dk.borgerstemme.complaint.privacy.ContactKeys;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Spam defence without a CAPTCHA: a field people never see (a bot fills it), and a minimum time
 * between showing the form and sending it, measured by a time stamp the server signs into the form.
 * (Rate limits are the gateway's.) A refused form comes back with everything typed and a neutral
 * message; nobody is told which check failed.
 */
@Singleton
class SpamDefence {

    private static final Pattern SUBMISSION_KEY = Pattern.compile("[A-Za-z0-9_-]{20,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContactKeys keys;
    private final Clock clock;
    private final Duration minimumFillTime;

    SpamDefence(ContactKeys keys, Clock clock,
                @Value("${borgerstemme.complaint.intake.minimum-fill-time:4s}") Duration minimumFillTime) {
        this.keys = keys;
        this.clock = clock;
        this.minimumFillTime = minimumFillTime;
    }

    String newSubmissionKey() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    boolean wellFormedKey(String submissionKey) {
        return SUBMISSION_KEY.matcher(submissionKey).matches();
    }

    String stamp() {
        String seconds = Long.toString(clock.instant().getEpochSecond());
        return seconds + "." + signature(seconds);
    }

    /** True when the form looks sent by a person: honeypot empty, a genuine stamp old enough, a well-formed key. */
    boolean looksHuman(IntakeForm form) {
        if (!form.honeypot().isEmpty() || !SUBMISSION_KEY.matcher(form.submissionKey()).matches()) {
            return false;
        }
        String[] parts = form.stamp().split("\\.", 2);
        if (parts.length != 2 || !MessageDigest.isEqual(parts[1].getBytes(), signature(parts[0]).getBytes())) {
            return false;
        }
        try {
            long shown = Long.parseLong(parts[0]);
            return clock.instant().getEpochSecond() - shown >= minimumFillTime.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String signature(String seconds) {
        byte[] digest = keys.digest("form-stamp", seconds);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
    }
}
