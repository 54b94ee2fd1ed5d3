package dk.borgerstemme.platform.security.internal;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.HashMap;
import java.util.Map;

/** {@code borgerstemme.internal.clients.<caller>: <secret>}: callers with a secret of their own. */
@ConfigurationProperties("borgerstemme.internal")
public class InternalClientSecrets {

    private Map<String, String> clients = new HashMap<>();

    public Map<String, String> getClients() {
        return clients;
    }

    public void setClients(Map<String, String> clients) {
        this.clients = clients == null ? new HashMap<>() : new HashMap<>(clients);
    }

    Map<String, String> secrets() {
        return clients;
    }

    @Override
    public String toString() {
        return "InternalClientSecrets" + clients.keySet();
    }
}
