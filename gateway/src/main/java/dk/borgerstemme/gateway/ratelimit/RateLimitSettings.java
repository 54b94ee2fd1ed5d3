package dk.borgerstemme.gateway.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code borgerstemme.rate-limit.*}: see docs/complaint-intake.md, "Rate limits". */
@ConfigurationProperties("borgerstemme.rate-limit")
public class RateLimitSettings {

    private boolean enabled = true;
    private boolean trustForwardedFor;
    private int maxClients = 100_000;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isTrustForwardedFor() {
        return trustForwardedFor;
    }

    public void setTrustForwardedFor(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public int getMaxClients() {
        return maxClients;
    }

    public void setMaxClients(int maxClients) {
        this.maxClients = Math.max(1, maxClients);
    }
}
