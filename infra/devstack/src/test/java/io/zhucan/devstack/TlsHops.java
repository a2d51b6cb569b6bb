package io.zhucan.devstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What TLS on every hop of infra/k8s means, as a list of what breaks it: the public ingresses
 * terminate TLS with a cert-manager certificate for their hosts; every Kafka listener is TLS with
 * authentication; PostgreSQL is verify-full; Keycloak serves https only, and every URI an
 * application reaches it by is https, with the internal CA as the JVM's truststore.
 */
final class TlsHops {

    private static final String TRUSTSTORE_SECRET = "keycloak-tls";

    private final List<JsonNode> resources;
    private final List<String> problems = new ArrayList<>();

    private TlsHops(List<JsonNode> resources) {
        this.resources = resources;
    }

    static List<String> problems(List<JsonNode> resources) {
        TlsHops hops = new TlsHops(resources);
        hops.kafkaListeners();
        hops.applications();
        hops.keycloak();
        hops.ingresses();
        hops.certificatesHaveTheirIssuer();
        return hops.problems;
    }

    private void kafkaListeners() {
        for (JsonNode kafka : kind("Kafka")) {
            for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
                String name = "Kafka listener " + listener.path("name").asString();
                if (!listener.path("tls").asBoolean()) {
                    problems.add(name + " is not TLS");
                }
                if (!Set.of("scram-sha-512", "tls").contains(listener.at("/authentication/type").asString())) {
                    problems.add(name + " does not authenticate its clients");
                }
            }
        }
    }

    /** Each Deployment's settings: its ConfigMaps' data (envFrom) and its own env values. */
    private void applications() {
        for (JsonNode deployment : kind("Deployment")) {
            String name = deployment.at("/metadata/name").asString();
            JsonNode pod = deployment.at("/spec/template/spec");
            for (JsonNode container : pod.path("containers")) {
                Map<String, String> settings = settings(container);
                settings.forEach((key, value) -> check(name, key, value));
                boolean reachesKeycloak = settings.values().stream().anyMatch(v -> v.contains("//keycloak-service"));
                if (reachesKeycloak && !trustsTheInternalCa(pod, container, settings)) {
                    problems.add(name + " reaches Keycloak without the internal CA as its truststore");
                }
            }
        }
    }

    private void check(String deployment, String key, String value) {
        if ((key.endsWith("JWK_SET_URI") || key.endsWith("ISSUER_URI") || key.endsWith("BACKCHANNEL_URI"))
                && !value.startsWith("https://")) {
            problems.add(deployment + " " + key + " is not https: " + value);
        }
        if (key.equals("SPRING_DATASOURCE_URL") && !value.contains("sslmode=verify-full")) {
            problems.add(deployment + " connects to PostgreSQL without sslmode=verify-full");
        }
        if (key.equals("SPRING_KAFKA_SECURITY_PROTOCOL") && !value.equals("SASL_SSL")) {
            problems.add(deployment + " connects to Kafka with " + value);
        }
    }

    private boolean trustsTheInternalCa(JsonNode pod, JsonNode container, Map<String, String> settings) {
        String volume = null;
        for (JsonNode v : pod.path("volumes")) {
            if (v.at("/secret/secretName").asString().equals(TRUSTSTORE_SECRET)) {
                volume = v.path("name").asString();
            }
        }
        String mountPath = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("name").asString().equals(volume)) {
                mountPath = mount.path("mountPath").asString();
            }
        }
        String options = settings.getOrDefault("JDK_JAVA_OPTIONS", "");
        return mountPath != null && options.contains("-Djavax.net.ssl.trustStore=" + mountPath + "/truststore.p12");
    }

    private Map<String, String> settings(JsonNode container) {
        Map<String, String> settings = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            configMap(from.at("/configMapRef/name").asString()).properties().forEach(e -> settings.put(e.getKey(), e.getValue().asString()));
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode ref = variable.at("/valueFrom/configMapKeyRef");
            String value = ref.isMissingNode() ? variable.path("value").asString(null)
                    : configMap(ref.path("name").asString()).path(ref.path("key").asString()).asString(null);
            if (value != null) {
                settings.put(variable.path("name").asString(), value);
            }
        }
        return settings;
    }

    private JsonNode configMap(String name) {
        return kind("ConfigMap").stream().filter(c -> c.at("/metadata/name").asString().equals(name)).findFirst()
                .map(c -> c.path("data")).orElseThrow(() -> new AssertionError("no ConfigMap " + name));
    }

    private void keycloak() {
        for (JsonNode keycloak : kind("Keycloak")) {
            if (keycloak.at("/spec/http/httpEnabled").asBoolean(true)) {
                problems.add("Keycloak serves plain http");
            }
            if (!keycloak.at("/spec/db/url").asString().contains("sslmode=verify-full")) {
                problems.add("Keycloak connects to PostgreSQL without sslmode=verify-full");
            }
            String secret = keycloak.at("/spec/http/tlsSecret").asString();
            if (!certificateSecrets().containsKey(secret) || !certificateSecrets().get(secret).contains("keycloak-service")) {
                problems.add("Keycloak's tlsSecret " + secret + " is no cert-manager certificate for keycloak-service");
            }
        }
    }

    private void ingresses() {
        Map<String, Set<String>> certificates = certificateSecrets();
        for (JsonNode ingress : kind("Ingress")) {
            String name = "Ingress " + ingress.at("/metadata/name").asString();
            Set<String> covered = new HashSet<>();
            for (JsonNode tls : ingress.at("/spec/tls")) {
                Set<String> names = certificates.getOrDefault(tls.path("secretName").asString(), Set.of());
                tls.path("hosts").forEach(h -> {
                    if (names.contains(h.asString())) {
                        covered.add(h.asString());
                    }
                });
            }
            for (JsonNode rule : ingress.at("/spec/rules")) {
                if (!covered.contains(rule.path("host").asString())) {
                    problems.add(name + " serves " + rule.path("host").asString() + " without a certificate for it");
                }
            }
        }
    }

    private void certificatesHaveTheirIssuer() {
        Set<String> issuers = new HashSet<>();
        kind("Issuer").forEach(i -> issuers.add(i.at("/metadata/name").asString()));
        for (JsonNode certificate : kind("Certificate")) {
            if (!issuers.contains(certificate.at("/spec/issuerRef/name").asString())) {
                problems.add("Certificate " + certificate.at("/metadata/name").asString() + " has no Issuer");
            }
        }
    }

    /** Each certificate's Secret and the DNS names it is for. */
    private Map<String, Set<String>> certificateSecrets() {
        Map<String, Set<String>> secrets = new HashMap<>();
        for (JsonNode certificate : kind("Certificate")) {
            Set<String> names = new HashSet<>();
            certificate.at("/spec/dnsNames").forEach(n -> names.add(n.asString()));
            secrets.put(certificate.at("/spec/secretName").asString(), names);
        }
        return secrets;
    }

    private List<JsonNode> kind(String kind) {
        return resources.stream().filter(r -> r.path("kind").asString().equals(kind)).toList();
    }
}
