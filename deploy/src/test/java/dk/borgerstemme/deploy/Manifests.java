package dk.borgerstemme.deploy;

import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;

/** The Kubernetes objects helm rendered, parsed. */
final class Manifests {

    private final List<Map<String, Object>> objects;

    private Manifests(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    @SuppressWarnings("unchecked")
    static Manifests parse(String rendered) {
        List<Map<String, Object>> objects = StreamSupport.stream(new Yaml().loadAll(rendered).spliterator(), false)
            .filter(Objects::nonNull)
            .map(document -> (Map<String, Object>) document)
            .toList();
        return new Manifests(objects);
    }

    List<Map<String, Object>> all() {
        return objects;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
    }

    Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream()
            .filter(object -> name.equals(Tree.text(object, "metadata", "name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " was rendered"));
    }

    /** Deployments and StatefulSets: everything that makes pods. */
    List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        for (String kind : List.of("Deployment", "StatefulSet")) {
            for (Map<String, Object> object : ofKind(kind)) {
                workloads.add(new Workload(kind, Tree.text(object, "metadata", "name"), object));
            }
        }
        return workloads;
    }

    List<Container> containers() {
        List<Container> containers = new ArrayList<>();
        for (Workload workload : workloads()) {
            for (Object container : Tree.list(workload.podSpec(), "containers")) {
                containers.add(new Container(workload, Tree.map(container)));
            }
            for (Object container : Tree.listOrEmpty(workload.podSpec(), "initContainers")) {
                containers.add(new Container(workload, Tree.map(container)));
            }
        }
        return containers;
    }

    record Workload(String kind, String name, Map<String, Object> object) {

        Map<String, Object> podTemplate() {
            return Tree.map(object, "spec", "template");
        }

        Map<String, Object> podSpec() {
            return Tree.map(object, "spec", "template", "spec");
        }

        Map<String, Object> podLabels() {
            return Tree.map(object, "spec", "template", "metadata", "labels");
        }

        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    record Container(Workload workload, Map<String, Object> spec) {

        String name() {
            return Tree.text(spec, "name");
        }

        /** An environment variable's literal value, if the container sets it directly. */
        String env(String variable) {
            for (Object entry : Tree.listOrEmpty(spec, "env")) {
                if (variable.equals(Tree.text(entry, "name"))) {
                    return Tree.text(entry, "value");
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return "container " + name() + " of " + workload;
        }
    }
}
