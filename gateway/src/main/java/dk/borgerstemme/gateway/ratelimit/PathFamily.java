package dk.borgerstemme.gateway.ratelimit;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A group of public pages whose form POSTs share one limit per client address: {@code requests} per
 * {@code per}, refilled evenly, with a burst of up to {@code requests}.
 */
@EachProperty("borgerstemme.rate-limit.families")
public class PathFamily {

    private final String name;
    private int requests = 60;
    private Duration per = Duration.ofMinutes(1);
    private List<Pattern> paths = List.of();

    public PathFamily(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public int getRequests() {
        return requests;
    }

    public void setRequests(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("borgerstemme.rate-limit.families." + name + ".requests must be at least 1");
        }
        this.requests = requests;
    }

    public Duration getPer() {
        return per;
    }

    public void setPer(Duration per) {
        if (per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("borgerstemme.rate-limit.families." + name + ".per must be positive");
        }
        this.per = per;
    }

    /** Regular expressions over the whole path (no query). */
    public List<String> getPaths() {
        return paths.stream().map(Pattern::pattern).toList();
    }

    public void setPaths(List<String> paths) {
        this.paths = paths.stream().map(Pattern::compile).toList();
    }

    boolean covers(String path) {
        return paths.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    TokenBuckets.Limit limit() {
        return new TokenBuckets.Limit(requests, per);
    }
}
