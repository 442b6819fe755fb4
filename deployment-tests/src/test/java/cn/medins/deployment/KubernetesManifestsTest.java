package cn.medins.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;

/** The invariants an operator relies on, checked on the manifests as the Kubernetes and Strimzi models read them. */
class KubernetesManifestsTest {

    private static final Manifests BASE = Manifests.under(Manifests.KUBERNETES.resolve("base"));

    static Stream<SuiteServiceConfig> services() {
        return SuiteServiceConfig.MODULES.stream().sorted().map(SuiteServiceConfig::of);
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyServiceRunsWithProbesOnItsHealthEndpointsAndResourceLimits(SuiteServiceConfig service) {
        Container container = container(service);

        assertProbe(container.getStartupProbe(), "/q/health/started");
        assertProbe(container.getReadinessProbe(), "/q/health/ready");
        assertProbe(container.getLivenessProbe(), "/q/health/live");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyServiceRunsAsNonRootOnAReadOnlyRootFilesystem(SuiteServiceConfig service) {
        PodSpec pod = deployment(service).getSpec().getTemplate().getSpec();
        Container container = container(service);

        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
    }

    @ParameterizedTest
    @MethodSource("services")
    void imageAndContainerPortMatchTheApplication(SuiteServiceConfig service) {
        Container container = container(service);
        Map<String, String> annotations = deployment(service).getSpec().getTemplate().getMetadata().getAnnotations();

        assertThat(container.getImage()).isEqualTo(service.image());
        assertThat(container.getPorts()).extracting(p -> p.getContainerPort()).containsExactly(service.httpPort());
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", Integer.toString(service.httpPort()));
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyServiceHasADisruptionBudgetAndANetworkPolicyForItsPods(SuiteServiceConfig service) {
        Map<String, String> podLabels = deployment(service).getSpec().getTemplate().getMetadata().getLabels();

        PodDisruptionBudget budget = BASE.named("PodDisruptionBudget", service.module(), PodDisruptionBudget.class);
        NetworkPolicy policy = BASE.named("NetworkPolicy", service.module(), NetworkPolicy.class);

        assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getIngress()).flatExtracting(rule -> rule.getPorts())
                .extracting(port -> port.getPort().getIntVal()).containsOnly(service.httpPort());
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyServiceScalesOnCpuAndOnTheLagOfEveryTopicItConsumes(SuiteServiceConfig service) {
        JsonNode scaledObject = BASE.named("ScaledObject", service.module());
        Set<String> lagTopics = stream(scaledObject.at("/spec/triggers"))
                .filter(trigger -> trigger.path("type").asText().equals("kafka"))
                .peek(trigger -> assertThat(trigger.at("/metadata/consumerGroup").asText()).isEqualTo(service.module()))
                .map(trigger -> trigger.at("/metadata/topic").asText())
                .collect(Collectors.toSet());

        assertThat(lagTopics).containsAll(service.consumedTopics());
        assertThat(BASE.ofKind("HorizontalPodAutoscaler")).extracting(Manifests.Document::name).contains(service.module());
    }

    @Test
    void everyTopicOfTheSuiteAndItsDeadLetterTwinIsAReplicatedKafkaTopic() {
        Map<String, KafkaTopic> topics = BASE.ofKind("KafkaTopic", KafkaTopic.class).stream()
                .collect(Collectors.toMap(t -> t.getSpec().getTopicName(), t -> t));

        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(Topics.allWithDeadLetters());
        topics.forEach((name, topic) -> {
            assertThat(topic.getSpec().getReplicas()).as("replicas of %s", name).isEqualTo(3);
            assertThat(topic.getSpec().getConfig()).as("config of %s", name)
                    .containsEntry("min.insync.replicas", 2)
                    .containsKey("retention.ms");
            // every topic carries ID numbers or bank accounts: none may keep them forever (issue 25)
            assertThat(((Number) topic.getSpec().getConfig().get("retention.ms")).longValue()).as("retention of %s", name)
                    .isPositive().isLessThanOrEqualTo(Duration.ofDays(730).toMillis());
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "medins-kafka");
        });
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyTopicAServiceConsumesHasAKafkaTopicAndItsUserMayReadItAndWriteItsDeadLetters(SuiteServiceConfig service) {
        Set<String> declared = BASE.ofKind("KafkaTopic", KafkaTopic.class).stream()
                .map(t -> t.getSpec().getTopicName()).collect(Collectors.toSet());
        KafkaUser user = BASE.named("KafkaUser", service.module(), KafkaUser.class);
        List<AclRule> acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();

        for (String topic : service.consumedTopics()) {
            assertThat(declared).as("KafkaTopics").contains(topic, Topics.deadLetterOf(topic));
            assertThat(operationsOn(acls, topic)).as("%s on %s", service.module(), topic).contains(AclOperation.READ);
            assertThat(operationsOn(acls, Topics.deadLetterOf(topic))).as("%s on the DLQ of %s", service.module(), topic)
                    .contains(AclOperation.WRITE);
        }
    }

    @Test
    void productionKafkaRunsThreeCombinedKraftNodes() {
        KafkaNodePool pool = BASE.named("KafkaNodePool", "dual-role", KafkaNodePool.class);
        JsonNode kafka = BASE.named("Kafka", "medins-kafka");

        assertThat(pool.getSpec().getReplicas()).isEqualTo(3);
        assertThat(pool.getSpec().getRoles()).extracting(Enum::name).containsExactlyInAnyOrder("CONTROLLER", "BROKER");
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1kraft").asText()).isEqualTo("enabled");
        assertThat(kafka.at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(kafka.at("/spec/kafka/config/auto.create.topics.enable").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyServiceHasItsOwnPostgresClusterWithBackups(SuiteServiceConfig service) {
        JsonNode cluster = BASE.named("Cluster", service.shortName() + "-db");

        assertThat(cluster.path("apiVersion").asText()).startsWith("postgresql.cnpg.io/");
        assertThat(cluster.at("/spec/instances").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).isEqualTo(service.shortName());
        assertThat(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText()).isNotBlank();
        assertThat(BASE.ofKind("ScheduledBackup")).extracting(d -> d.tree().at("/spec/cluster/name").asText())
                .contains(service.shortName() + "-db");
    }

    @Test
    void everyKustomizationNamesOnlyFilesThatExist() throws Exception {
        try (Stream<Path> files = Files.walk(Manifests.KUBERNETES)) {
            for (Path kustomization : files.filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList()) {
                JsonNode tree = Manifests.read(kustomization).get(0).tree();
                Stream.concat(stream(tree.path("resources")).map(JsonNode::asText),
                                stream(tree.path("patches")).map(p -> p.path("path").asText()).filter(p -> !p.isEmpty()))
                        .forEach(entry -> assertThat(kustomization.getParent().resolve(entry)).as("%s in %s", entry, kustomization).exists());
            }
        }
    }

    private static Deployment deployment(SuiteServiceConfig service) {
        return BASE.named("Deployment", service.module(), Deployment.class);
    }

    private static Container container(SuiteServiceConfig service) {
        List<Container> containers = deployment(service).getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as("probe on %s", path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    private static Set<AclOperation> operationsOn(List<AclRule> acls, String topic) {
        return acls.stream()
                .filter(rule -> rule.getResource() instanceof AclRuleTopicResource resource && resource.getName().equals(topic))
                .flatMap(rule -> rule.getOperations().stream())
                .collect(Collectors.toSet());
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
