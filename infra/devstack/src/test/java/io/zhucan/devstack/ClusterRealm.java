package io.zhucan.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The realm a cluster imports (infra/k8s/identity/realm-import.yaml): the local realm
 * (infra/keycloak/zhucan-realm.json) without its local-only parts — the platform-cli client, the
 * demo users (the partners' service accounts stay), every published client secret (Keycloak
 * generates them; they are handed to the partners) — and with the public origins of the app and
 * the back office instead of the developers' localhost ones.
 */
final class ClusterRealm {

    static final String IMPORT = "infra/k8s/identity/realm-import.yaml";
    static final String LOCAL_ONLY_CLIENT = "platform-cli";
    static final Map<String, String> PUBLIC_ORIGINS = origins();

    private static Map<String, String> origins() {
        Map<String, String> origins = new LinkedHashMap<>();
        origins.put("http://localhost:5173", "https://app.zhucan.example");
        origins.put("http://127.0.0.1:5173", "https://app.zhucan.example");
        origins.put("http://localhost:5174", "https://backoffice.zhucan.example");
        origins.put("http://127.0.0.1:5174", "https://backoffice.zhucan.example");
        return origins;
    }

    static ObjectNode of(JsonNode localRealm) {
        ObjectNode realm = (ObjectNode) localRealm.deepCopy();
        ArrayNode clients = realm.putArray("clients");
        for (JsonNode client : localRealm.path("clients")) {
            if (client.path("clientId").asString().equals(LOCAL_ONLY_CLIENT)) {
                continue;
            }
            ObjectNode copy = (ObjectNode) client.deepCopy();
            copy.remove("secret");
            for (String list : new String[] {"redirectUris", "webOrigins"}) {
                if (copy.has(list)) {
                    ArrayNode uris = copy.putArray(list);
                    publicUris(client.path(list)).forEach(uris::add);
                }
            }
            JsonNode logout = client.path("attributes").path("post.logout.redirect.uris");
            if (logout.isString()) {
                ArrayNode parts = JsonMapper.shared().createArrayNode();
                for (String part : logout.asString().split("##")) {
                    parts.add(part);
                }
                ((ObjectNode) copy.get("attributes")).put("post.logout.redirect.uris", String.join("##", publicUris(parts)));
            }
            clients.add(copy);
        }
        ArrayNode users = realm.putArray("users");
        localRealm.path("users").forEach(user -> {
            if (user.has("serviceAccountClientId")) {
                users.add(user.deepCopy());
            }
        });
        return realm;
    }

    private static Set<String> publicUris(JsonNode uris) {
        Set<String> mapped = new LinkedHashSet<>();
        for (JsonNode uri : uris) {
            String value = uri.asString();
            for (var origin : PUBLIC_ORIGINS.entrySet()) {
                if (value.startsWith(origin.getKey())) {
                    value = origin.getValue() + value.substring(origin.getKey().length());
                }
            }
            mapped.add(value);
        }
        return mapped;
    }

    /** Writes the KeycloakRealmImport for the current local realm (after a realm change; see ClusterAccessManifestsTest). */
    static void write(Path repo, JsonNode localRealm) {
        ObjectNode resource = JsonMapper.shared().createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "zhucan");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        spec.set("realm", of(localRealm));
        String header = """
                # The realm zhucan for the cluster, imported by the Keycloak operator into the Keycloak of
                # identity/keycloak.yaml: GENERATED from infra/keycloak/zhucan-realm.json without its local-only
                # parts (ClusterRealm in infra/devstack's tests says which). After a change of the realm run
                #   ./mvnw -o -B -q verify -pl infra/devstack -am -Dskip.e2e -Dskip.devstack -DskipITs \\
                #     -Dtest=ClusterAccessManifestsTest -Dsurefire.failIfNoSpecifiedTests=false -Dzhucan.write-realm-import=true
                # Confidential clients get their secrets from Keycloak; hand the partners theirs, never commit them.
                """;
        try {
            Files.writeString(repo.resolve(IMPORT), header + YAMLMapper.builder().enable(YAMLWriteFeature.MINIMIZE_QUOTES,
                    YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build()
                    .writeValueAsString(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ClusterRealm() {
    }
}
