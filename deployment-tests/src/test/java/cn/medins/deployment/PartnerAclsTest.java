package cn.medins.deployment;

import static cn.medins.deployment.KafkaAcls.Resource.CLUSTER;
import static cn.medins.deployment.KafkaAcls.Resource.GROUP;
import static cn.medins.deployment.KafkaAcls.Resource.TOPIC;
import static cn.medins.deployment.KafkaAcls.Resource.TRANSACTIONAL_ID;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.ALTER;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.ALTERCONFIGS;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.CREATE;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.DELETE;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.DESCRIBE;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.READ;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.WRITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.medins.contracts.Topics;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;

/**
 * Each partner agency writes only its own topic, and a bank only reads: the partner KafkaUsers attacked as the broker
 * would judge them, over every topic of the cluster and then some.
 */
class PartnerAclsTest {

    private static final Manifests BASE = Manifests.under(Manifests.KUBERNETES.resolve("base"));
    private static final KafkaAcls ACLS = KafkaAcls.of(BASE.ofKind("KafkaUser", KafkaUser.class), superUsers());

    /** A partner agency: its Kafka user and the one topic it publishes. */
    record Agency(String user, String topic) {

        String deadLetters() {
            return Topics.deadLetterOf(topic);
        }

        @Override
        public String toString() {
            return user;
        }
    }

    static final List<Agency> AGENCIES = List.of(
            new Agency("partner-health", Topics.BIRTH_CERTIFICATES),
            new Agency("partner-police", Topics.HOUSEHOLD_REGISTRATIONS),
            new Agency("partner-education", Topics.STUDENT_ROSTERS),
            new Agency("partner-civil-affairs", Topics.ASSISTANCE_STATUS),
            new Agency("partner-hr", Topics.EMPLOYMENT_EVENTS));

    static final String BANK = "partner-bank";

    /** Who writes each partner topic: the agency, and for payment instructions the suite itself. */
    private static final Map<String, String> WRITERS = Map.of(
            Topics.BIRTH_CERTIFICATES, "partner-health",
            Topics.HOUSEHOLD_REGISTRATIONS, "partner-police",
            Topics.STUDENT_ROSTERS, "partner-education",
            Topics.ASSISTANCE_STATUS, "partner-civil-affairs",
            Topics.EMPLOYMENT_EVENTS, "partner-hr",
            Topics.PAYMENT_INSTRUCTIONS, "assistance-service");

    static Stream<Agency> agencies() {
        return AGENCIES.stream();
    }

    static Stream<String> partners() {
        return Stream.concat(AGENCIES.stream().map(Agency::user), Stream.of(BANK));
    }

    static Stream<SuiteServiceConfig> services() {
        return SuiteServiceConfig.MODULES.stream().sorted().map(SuiteServiceConfig::of);
    }

    @Test
    void everyPartnerHasItsOwnKafkaUserInPartnersAuthenticatedAsTheServicesAre() {
        Set<String> partnerFiles = BASE.ofKind("KafkaUser").stream()
                .filter(d -> d.file().startsWith(Manifests.KUBERNETES.resolve("base/partners")))
                .map(Manifests.Document::name).collect(Collectors.toSet());
        Set<String> serviceAuthentication = services()
                .map(s -> BASE.named("KafkaUser", s.module(), KafkaUser.class).getSpec().getAuthentication().getType())
                .collect(Collectors.toSet());

        assertThat(partnerFiles).containsExactlyInAnyOrderElementsOf(partners().toList());
        assertThat(serviceAuthentication).containsExactly("scram-sha-512");
        partners().forEach(partner -> {
            KafkaUser user = BASE.named("KafkaUser", partner, KafkaUser.class);
            assertThat(user.getMetadata().getLabels()).as(partner).containsEntry("strimzi.io/cluster", "medins-kafka");
            assertThat(user.getSpec().getAuthentication().getType()).as(partner).isIn(serviceAuthentication);
            assertThat(user.getSpec().getAuthorization()).as(partner).isInstanceOf(KafkaUserAuthorizationSimple.class);
        });
    }

    @Test
    void theBrokerAuthenticatesOnEveryListenerAndAllowsOnlyWhatAnAclAllows() {
        JsonNode kafka = BASE.named("Kafka", "medins-kafka").at("/spec/kafka");

        assertThat(kafka.path("listeners")).isNotEmpty();
        kafka.path("listeners").forEach(listener -> assertThat(listener.at("/authentication/type").asText())
                .as("authentication of listener %s", listener.path("name").asText()).isEqualTo("scram-sha-512"));
        assertThat(kafka.at("/authorization/type").asText()).isEqualTo("simple");
        assertThat(kafka.at("/config/allow.everyone.if.no.acl.found").asBoolean(false)).isFalse();
        assertThat(superUsers()).as("super users").noneMatch(superUser -> superUser.contains("partner-"));
    }

    @ParameterizedTest
    @MethodSource("agencies")
    void anAgencyMayWriteOnlyItsOwnTopicAndReadOnlyThatTopicsDeadLetters(Agency agency) {
        for (String topic : probeTopics()) {
            Set<AclOperation> expected = topic.equals(agency.topic()) ? EnumSet.of(WRITE, DESCRIBE)
                    : topic.equals(agency.deadLetters()) ? EnumSet.of(READ, DESCRIBE)
                    : EnumSet.noneOf(AclOperation.class);
            assertThat(ACLS.operations(agency.user(), TOPIC, topic)).as("%s on topic %s", agency, topic)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theBankMayReadOnlyThePaymentInstructionsAndWriteNothing() {
        for (String topic : probeTopics()) {
            Set<AclOperation> expected = topic.equals(Topics.PAYMENT_INSTRUCTIONS) ? EnumSet.of(READ, DESCRIBE)
                    : EnumSet.noneOf(AclOperation.class);
            assertThat(ACLS.operations(BANK, TOPIC, topic)).as("%s on topic %s", BANK, topic)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("partners")
    void aPartnerMayUseOnlyConsumerGroupsUnderItsOwnPrefixAndNothingOfTheCluster(String partner) {
        for (String group : probeGroups()) {
            Set<AclOperation> expected = group.startsWith(partner + "-") ? EnumSet.of(READ, DESCRIBE)
                    : EnumSet.noneOf(AclOperation.class);
            assertThat(ACLS.operations(partner, GROUP, group)).as("%s on group %s", partner, group)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(ACLS.operations(partner, CLUSTER, KafkaAcls.CLUSTER)).as("%s on the cluster", partner).isEmpty();
        for (String transactionalId : List.of(partner + "-producer", "assistance-service", "x")) {
            assertThat(ACLS.operations(partner, TRANSACTIONAL_ID, transactionalId))
                    .as("%s on transactional id %s", partner, transactionalId).isEmpty();
        }
    }

    /** What a partner holding its credentials would try first. */
    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("partner-health", WRITE, TOPIC, Topics.ASSISTANCE_STATUS), // grant itself needy status
                Arguments.of("partner-health", WRITE, TOPIC, Topics.PAYMENT_INSTRUCTIONS), // order a payment
                Arguments.of("partner-health", READ, TOPIC, Topics.ENROLLMENT_EVENTS), // read the insured
                Arguments.of("partner-police", READ, TOPIC, Topics.BIRTH_CERTIFICATES), // read another agency's input
                Arguments.of("partner-hr", READ, TOPIC, Topics.deadLetterOf(Topics.ASSISTANCE_STATUS)), // another's refusals
                Arguments.of("partner-education", WRITE, TOPIC, Topics.deadLetterOf(Topics.STUDENT_ROSTERS)), // forge a refusal
                Arguments.of("partner-education", READ, TOPIC, Topics.STUDENT_ROSTERS), // read back the whole roster topic
                Arguments.of("partner-civil-affairs", WRITE, TOPIC, Topics.ASSISTANCE_EVENTS), // forge a decision
                Arguments.of("partner-civil-affairs", DELETE, TOPIC, Topics.ASSISTANCE_STATUS), // drop its own topic
                Arguments.of("partner-civil-affairs", ALTERCONFIGS, TOPIC, Topics.ASSISTANCE_STATUS), // retention forever
                Arguments.of("partner-hr", CREATE, TOPIC, "partner.hr.employment-events-v2"),
                Arguments.of("partner-hr", CREATE, CLUSTER, KafkaAcls.CLUSTER),
                Arguments.of("partner-health", READ, GROUP, "enrollment-service"), // take over the service's offsets
                Arguments.of("partner-police", READ, GROUP, "partner-health-reader"), // another agency's group
                Arguments.of(BANK, WRITE, TOPIC, Topics.PAYMENT_INSTRUCTIONS), // pay itself
                Arguments.of(BANK, READ, TOPIC, Topics.ASSISTANCE_STATUS), // read every needy person's account
                Arguments.of(BANK, READ, TOPIC, Topics.SETTLEMENT_EVENTS),
                Arguments.of(BANK, ALTER, GROUP, "partner-bank-binzhou"),
                Arguments.of(BANK, READ, GROUP, "assistance-service"));
    }

    @ParameterizedTest(name = "{0} may not {1} {2} {3}")
    @MethodSource("attacks")
    void aPartnerIsRefusedWhatIsNotItsOwn(String partner, AclOperation operation, KafkaAcls.Resource type, String name) {
        assertThat(ACLS.may(partner, operation, type, name)).isFalse();
    }

    @Test
    void everyPartnerTopicHasExactlyOneWriter() {
        Set<String> partnerTopics = Topics.allWithDeadLetters().stream()
                .filter(topic -> topic.startsWith("partner.") && !topic.endsWith(Topics.DEAD_LETTER_SUFFIX))
                .collect(Collectors.toSet());

        assertThat(WRITERS.keySet()).containsExactlyInAnyOrderElementsOf(partnerTopics);
        WRITERS.forEach((topic, writer) ->
                assertThat(ACLS.whoMay(WRITE, TOPIC, topic)).as("writers of %s", topic).containsExactly(writer));
    }

    @Test
    void aPartnerTopicIsReadOnlyByItsConsumersAndItsDeadLettersWrittenByThemAndReadByThePartner() {
        for (Agency agency : AGENCIES) {
            Set<String> consumers = services().filter(s -> s.consumedTopics().contains(agency.topic()))
                    .map(SuiteServiceConfig::module).collect(Collectors.toCollection(TreeSet::new));

            assertThat(consumers).as("consumers of %s", agency.topic()).isNotEmpty();
            assertThat(ACLS.whoMay(READ, TOPIC, agency.topic())).as("readers of %s", agency.topic())
                    .containsExactlyInAnyOrderElementsOf(consumers);
            assertThat(ACLS.whoMay(WRITE, TOPIC, agency.deadLetters())).as("writers of %s", agency.deadLetters())
                    .containsExactlyInAnyOrderElementsOf(consumers);
            assertThat(ACLS.whoMay(READ, TOPIC, agency.deadLetters())).as("readers of %s", agency.deadLetters())
                    .containsExactly(agency.user());
        }
        String paymentDeadLetters = Topics.deadLetterOf(Topics.PAYMENT_INSTRUCTIONS);
        assertThat(ACLS.whoMay(READ, TOPIC, Topics.PAYMENT_INSTRUCTIONS)).containsExactly(BANK);
        assertThat(ACLS.whoMay(WRITE, TOPIC, paymentDeadLetters)).isEmpty();
        assertThat(ACLS.whoMay(READ, TOPIC, paymentDeadLetters)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("services")
    void aServiceUserAllowsOnlyNamedTopicsAndItsOwnGroup(SuiteServiceConfig service) {
        KafkaUser user = BASE.named("KafkaUser", service.module(), KafkaUser.class);
        List<AclRule> acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();

        assertThat(partners()).doesNotContain(service.module());
        for (AclRule rule : acls) {
            assertThat(rule.getType()).as("%s: %s", service.module(), rule).isNotEqualTo(AclRuleType.DENY);
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                assertThat(topic.getPatternType()).as("%s: %s", service.module(), rule).isEqualTo(AclResourcePatternType.LITERAL);
                assertThat(topic.getName()).as("%s: %s", service.module(), rule).isNotEqualTo("*");
            } else {
                assertThat(rule.getResource()).as("%s: %s", service.module(), rule).isInstanceOf(AclRuleGroupResource.class);
                AclRuleGroupResource group = (AclRuleGroupResource) rule.getResource();
                assertThat(group.getPatternType()).as("%s: %s", service.module(), rule).isEqualTo(AclResourcePatternType.LITERAL);
                assertThat(group.getName()).as("%s: %s", service.module(), rule).isEqualTo(service.module());
            }
        }
    }

    /** Every topic of the cluster, the brokers' own, and names a loose pattern would also match. */
    private static Set<String> probeTopics() {
        Set<String> topics = new TreeSet<>(List.of("__consumer_offsets", "__transaction_state", "partner.", "partner.x", "x"));
        for (KafkaTopic topic : BASE.ofKind("KafkaTopic", KafkaTopic.class)) {
            String name = topic.getSpec().getTopicName();
            topics.addAll(List.of(name, name + ".x", name + "-x", name.substring(0, name.length() - 1)));
        }
        return topics;
    }

    /** Every consumer group an ACL names, each partner's and its near misses. */
    private static Set<String> probeGroups() {
        Set<String> groups = new TreeSet<>(List.of("partner-", "partner-x", "x", "keda-lag-reader"));
        for (KafkaUser user : BASE.ofKind("KafkaUser", KafkaUser.class)) {
            if (user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple) {
                simple.getAcls().stream().map(AclRule::getResource)
                        .filter(AclRuleGroupResource.class::isInstance).map(r -> ((AclRuleGroupResource) r).getName())
                        .filter(name -> !name.equals("*"))
                        .forEach(name -> groups.addAll(List.of(name, name + "reader", name + "-x")));
            }
            groups.add(user.getMetadata().getName());
        }
        partners().forEach(partner -> groups.addAll(List.of(partner, partner + "-reader", partner + "x")));
        return groups;
    }

    private static List<String> superUsers() {
        JsonNode superUsers = BASE.named("Kafka", "medins-kafka").at("/spec/kafka/authorization/superUsers");
        return java.util.stream.StreamSupport.stream(superUsers.spliterator(), false).map(JsonNode::asText).toList();
    }
}
