package io.zhucan.devstack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The manifests as a cluster would take them: each resource parsed with its operator's own model
 * (the fabric8 Kubernetes model, Strimzi's api, the Prometheus Operator's monitoring model; cert-manager's
 * CRD schema), strictly:
 * a field the model does not know fails (their catch-all "additional properties" switched off), and
 * so does an apiVersion other than the one the model is served under.
 */
final class StrictModels {

    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("Namespace", Namespace.class),
            Map.entry("ConfigMap", ConfigMap.class),
            Map.entry("Service", Service.class),
            Map.entry("Deployment", Deployment.class),
            Map.entry("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("Ingress", Ingress.class),
            Map.entry("NetworkPolicy", NetworkPolicy.class),
            Map.entry("Kafka", Kafka.class),
            Map.entry("KafkaNodePool", KafkaNodePool.class),
            Map.entry("KafkaTopic", KafkaTopic.class),
            Map.entry("KafkaUser", KafkaUser.class),
            Map.entry("ServiceMonitor", ServiceMonitor.class),
            Map.entry("PodMonitor", PodMonitor.class));

    /**
     * Custom resources whose operators publish no model on Maven Central: their apiVersion is checked
     * here, the realm inside the KeycloakRealmImport with Keycloak's RealmRepresentation (ClusterRealm).
     */
    static final Map<String, String> UNMODELLED = Map.of(
            "Cluster", "postgresql.cnpg.io/v1",
            "Keycloak", "k8s.keycloak.org/v2alpha1",
            "KeycloakRealmImport", "k8s.keycloak.org/v2alpha1");

    /**
     * Custom resources whose operator's model is not in our Maven repository (fabric8's
     * certmanager-model-v1): validated against the CRDs' schema instead, every object closed
     * (src/test/resources/cert-manager-v1.schema.json).
     */
    static final Map<String, String> SCHEMA_VALIDATED = Map.of(
            "Certificate", "cert-manager.io/v1",
            "Issuer", "cert-manager.io/v1");

    private static final Schema CERT_MANAGER = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(StrictModels.class.getResourceAsStream("/cert-manager-v1.schema.json"));

    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return Boolean.FALSE;
                }

                @Override
                public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
                    return super.findPropertyIgnoralByName(config, a).withoutIgnoreUnknown();
                }
            })
            .build();

    /** The resource as its model, or an exception naming what a cluster would refuse. */
    static Object parse(String kind, String apiVersion, String json) throws Exception {
        if (SCHEMA_VALIDATED.containsKey(kind)) {
            require(kind, apiVersion, SCHEMA_VALIDATED.get(kind));
            List<Error> errors = CERT_MANAGER.validate(json, InputFormat.JSON);
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(errors.stream().map(Error::toString).collect(Collectors.joining("; ")));
            }
            return json;
        }
        if (UNMODELLED.containsKey(kind)) {
            require(kind, apiVersion, UNMODELLED.get(kind));
            return json;
        }
        Class<?> model = MODELS.get(kind);
        if (model == null) {
            throw new IllegalArgumentException("no model for kind " + kind + ": add it to StrictModels");
        }
        require(kind, apiVersion, apiVersionOf(model));
        return STRICT.readValue(json, model);
    }

    static String apiVersionOf(Class<?> model) {
        Group group = model.getAnnotation(Group.class);
        String version = model.getAnnotation(Version.class).value();
        return group == null || group.value().isEmpty() ? version : group.value() + "/" + version;
    }

    private static void require(String kind, String apiVersion, String served) {
        if (!served.equals(apiVersion)) {
            throw new IllegalArgumentException(kind + " is served as " + served + ", not " + apiVersion);
        }
    }

    private StrictModels() {
    }
}
