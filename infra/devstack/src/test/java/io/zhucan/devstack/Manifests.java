package io.zhucan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** Every resource of infra/k8s (each document of each manifest), as the manifest tests read them. */
final class Manifests {

    static final Path K8S = RepoFiles.repo().resolve("infra/k8s");
    static final List<JsonNode> RESOURCES = read();

    static List<JsonNode> kind(String kind) {
        return RESOURCES.stream().filter(r -> r.path("kind").asString().equals(kind)).toList();
    }

    static Optional<JsonNode> named(String kind, String name) {
        return kind(kind).stream().filter(r -> r.at("/metadata/name").asString().equals(name)).findFirst();
    }

    private static List<JsonNode> read() {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                    .flatMap(f -> RepoFiles.yamlDocuments(f).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Manifests() {
    }
}
