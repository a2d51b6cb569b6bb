package io.zhucan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The repository the tests run in, and its YAML files as trees. */
final class RepoFiles {

    static final YAMLMapper YAML = YAMLMapper.builder().build();

    private RepoFiles() {
    }

    /** Surefire and failsafe run in the module folder (infra/devstack). */
    static Path repo() {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path repo = module.resolve("../..").normalize();
        assertThat(repo.resolve("infra/devstack/pom.xml")).as("the repository root").isRegularFile();
        return repo;
    }

    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a multi-document YAML file ("---" separated). */
    static List<JsonNode> yamlDocuments(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            while (it.hasNextValue()) {
                JsonNode document = it.nextValue();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }
}
