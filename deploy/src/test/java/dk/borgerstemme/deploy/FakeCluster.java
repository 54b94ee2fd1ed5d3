package dk.borgerstemme.deploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Kubernetes API that has no objects, for the chart's {@code lookup}. helm-java renders {@code helm
 * template} as a dry run that still talks to the cluster (dry-run option "none"), so a lookup calls the
 * API server of the kubeconfig; without one it calls localhost:8080 and fails, or asks whatever happens
 * to listen there. The pom points KUBECONFIG at the file {@link #start()} writes; this server answers the
 * discovery of the core API and "not found" for everything else, as an empty namespace would, so a
 * render is what a first install renders.
 */
final class FakeCluster {

    static final Path KUBECONFIG = Path.of("target", "fake-cluster", "kubeconfig").toAbsolutePath();

    private static final String CORE_RESOURCES = """
        {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"v1","resources":[
          {"name":"secrets","singularName":"secret","namespaced":true,"kind":"Secret","verbs":["get","list"]},
          {"name":"configmaps","singularName":"configmap","namespaced":true,"kind":"ConfigMap","verbs":["get","list"]}]}
        """;
    private static final String NOT_FOUND = """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","reason":"NotFound","code":404}
        """;

    private static HttpServer server;

    private FakeCluster() {
    }

    static synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", FakeCluster::answer);
            server.start();
            Files.createDirectories(KUBECONFIG.getParent());
            Files.writeString(KUBECONFIG, """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: fake
                    cluster:
                      server: http://127.0.0.1:%d
                contexts:
                  - name: fake
                    context: {cluster: fake, user: fake, namespace: %s}
                current-context: fake
                users:
                  - name: fake
                    user: {}
                """.formatted(server.getAddress().getPort(), HelmChart.NAMESPACE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        boolean discovery = "/api/v1".equals(exchange.getRequestURI().getPath());
        byte[] body = (discovery ? CORE_RESOURCES : NOT_FOUND).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(discovery ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
