package dk.borgerstemme.gateway.insight;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A small real HTTP server that answers as the survey service and the complaint service do, with the
 * fixed figures of {@link InsightFixture}: the results API as survey-service has it, and the complaint
 * figures API as docs/complaint-figures-api.md describes it, and the wave list as survey-service's
 * {@code WavesController} answers it. Like the real services it reads the staff
 * member's forwarded token and refuses a unit leader another unit's figures; it records every call.
 */
final class FakeServices implements AutoCloseable {

    record Call(String path, Map<String, String> query, String authorization) {
    }

    private final HttpServer server;
    private final ObjectMapper json = ObjectMapper.getDefault();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;
    private volatile boolean questionsDown;

    private FakeServices() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeServices start() {
        return new FakeServices();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A gateway test's properties: a random port, and both data services answered by these fakes. */
    Map<String, String> gatewayProperties() {
        return Map.of(
            "micronaut.server.port", "-1",
            "borgerstemme.data-dir", Path.of("target", "gateway-test-data").toString(),
            "borgerstemme.services.survey-url", uri().toString(),
            "borgerstemme.services.complaint-url", uri().toString(),
            // Every test request comes from 127.0.0.1; the rate limits have tests of their own (ratelimit).
            "borgerstemme.rate-limit.enabled", "false");
    }

    List<Call> calls() {
        return calls;
    }

    void answerAfter(long millis) {
        this.delayMillis = millis;
    }

    /** The questions behind a point fail (500) while everything else answers. */
    void questionsDown(boolean down) {
        this.questionsDown = down;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            calls.add(new Call(path, query, authorization == null ? "" : authorization));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            JWTClaimsSet claims = claims(authorization);
            if (claims == null) {
                send(exchange, 401, Map.of("status", 401));
                return;
            }
            List<String> units = strings(claims.getClaim("units"));
            List<String> roles = strings(claims.getClaim("roles"));
            boolean unitLeader = !roles.contains("ANALYST") && roles.contains("UNIT_LEADER");
            String org = path.split("/").length > 3 ? path.split("/")[3] : "";
            if (!org.equals(claims.getClaim("org"))) {
                send(exchange, 403, Map.of("status", 403));
                return;
            }
            String unit = query.get("unit");
            if (unit != null && unitLeader && !units.contains(unit)) {
                send(exchange, 403, Map.of("status", 403, "detail", "Not one of your units"));
                return;
            }
            List<String> scope = unitLeader ? units : null;
            if (path.matches("/api/surveys/[a-z-]+/waves")) {
                send(exchange, 200, InsightFixture.waves());
            } else if (path.matches("/api/surveys/[a-z-]+/waves/\\d+/results")) {
                long wave = Long.parseLong(path.split("/")[5]);
                Map<String, Object> results = InsightFixture.results(wave, query.getOrDefault("by", "unit"), unit, scope);
                if (results == null) {
                    send(exchange, 404, Map.of("status", 404));
                    return;
                }
                send(exchange, 200, results);
            } else if (path.matches("/api/surveys/[a-z-]+/waves/\\d+/questions")) {
                Map<String, Object> questions = questionsDown ? null
                    : QuestionsFixture.questions(Long.parseLong(path.split("/")[5]), query.get("point"), unit, scope);
                send(exchange, questionsDown ? 500 : questions == null ? 404 : 200, questions == null ? Map.of("status", 404) : questions);
            } else if (path.matches("/api/complaints/[a-z-]+/figures")) {
                send(exchange, 200, InsightFixture.figures(query.get("period"), query.getOrDefault("by", "organisation"), unit, scope));
            } else if (path.matches("/api/complaints/[a-z-]+/workload")) {
                send(exchange, 200, InsightFixture.workload());
            } else {
                send(exchange, 404, Map.of("status", 404));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JWTClaimsSet claims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        try {
            return SignedJWT.parse(authorization.substring(7)).getJWTClaimsSet();
        } catch (ParseException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? new ArrayList<>((List<String>) list) : List.of();
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}
