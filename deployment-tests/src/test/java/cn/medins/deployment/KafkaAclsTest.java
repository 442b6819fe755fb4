package cn.medins.deployment;

import static cn.medins.deployment.KafkaAcls.Resource.CLUSTER;
import static cn.medins.deployment.KafkaAcls.Resource.GROUP;
import static cn.medins.deployment.KafkaAcls.Resource.TOPIC;
import static cn.medins.deployment.KafkaAcls.Resource.TRANSACTIONAL_ID;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.ALTER;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.ALTERCONFIGS;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.CREATE;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.DESCRIBE;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.DESCRIBECONFIGS;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.READ;
import static io.strimzi.api.kafka.model.user.acl.AclOperation.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.acl.AclOperation;

/** The evaluator the partner ACL tests attack with answers as the broker does, so its "may not" is worth something. */
class KafkaAclsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aLiteralNameMatchesItselfAndAPrefixEveryNameItBegins() {
        KafkaAcls acls = acls(user("u", """
                - resource: {type: topic, name: a.b}
                  operations: [Write]
                - resource: {type: group, name: u-, patternType: prefix}
                  operations: [Read]
                """));

        assertThat(acls.may("u", WRITE, TOPIC, "a.b")).isTrue();
        assertThat(acls.may("u", WRITE, TOPIC, "a.b.dlq")).isFalse();
        assertThat(acls.may("u", WRITE, TOPIC, "a")).isFalse();
        assertThat(acls.may("u", READ, GROUP, "u-reader")).isTrue();
        assertThat(acls.may("u", READ, GROUP, "u")).isFalse();
        assertThat(acls.may("u", READ, GROUP, "v-reader")).isFalse();
    }

    @Test
    void aLiteralStarMatchesEveryNameOfItsResourceTypeOnly() {
        KafkaAcls acls = acls(user("u", """
                - resource: {type: topic, name: "*", patternType: literal}
                  operations: [Read]
                """));

        assertThat(acls.may("u", READ, TOPIC, "enrollment.events")).isTrue();
        assertThat(acls.may("u", READ, GROUP, "enrollment-service")).isFalse();
        assertThat(acls.may("u", READ, TRANSACTIONAL_ID, "enrollment-service")).isFalse();
    }

    @Test
    void readWriteDeleteAndAlterImplyDescribeAndAllImpliesEverything() {
        KafkaAcls acls = acls(user("u", """
                - resource: {type: topic, name: w}
                  operations: [Write]
                - resource: {type: topic, name: d}
                  operations: [Describe]
                - resource: {type: topic, name: c}
                  operations: [AlterConfigs]
                - resource: {type: topic, name: all}
                  operations: [All]
                - resource: {type: cluster}
                  operations: [Create]
                """));

        assertThat(acls.operations("u", TOPIC, "w")).containsExactlyInAnyOrder(WRITE, DESCRIBE);
        assertThat(acls.operations("u", TOPIC, "d")).containsExactly(DESCRIBE);
        assertThat(acls.operations("u", TOPIC, "c")).containsExactlyInAnyOrder(ALTERCONFIGS, DESCRIBECONFIGS);
        assertThat(acls.operations("u", TOPIC, "all"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AclOperation.values()).filter(op -> op != AclOperation.ALL).toList());
        assertThat(acls.operations("u", CLUSTER, KafkaAcls.CLUSTER)).containsExactly(CREATE);
    }

    @Test
    void aDenyWinsButOnlyForItsOwnOperationAndWhenItHoldsForEveryHost() {
        KafkaAcls acls = acls(user("u", """
                - resource: {type: topic, name: t}
                  operations: [All]
                - resource: {type: topic, name: t}
                  type: deny
                  operations: [Write]
                - resource: {type: topic, name: t}
                  type: deny
                  host: 10.0.0.1
                  operations: [Read]
                - resource: {type: topic, name: h}
                  host: 10.0.0.1
                  operations: [Alter]
                """));

        assertThat(acls.may("u", WRITE, TOPIC, "t")).isFalse();
        assertThat(acls.may("u", READ, TOPIC, "t")).as("a deny for one host is no deny from the others").isTrue();
        assertThat(acls.may("u", ALTER, TOPIC, "h")).as("an allow for one host is an allow from there").isTrue();
    }

    @Test
    void aUserWithoutAclsMayNothingAndASuperUserEverything() {
        List<KafkaUser> users = List.of(user("u", "[]"), user("admin", "[]"));
        KafkaAcls acls = KafkaAcls.of(users, List.of("CN=admin"));

        assertThat(acls.operations("u", TOPIC, "t")).isEmpty();
        assertThat(acls.operations("nobody", TOPIC, "t")).isEmpty();
        assertThat(acls.may("admin", WRITE, TOPIC, "t")).isTrue();
        assertThat(acls.whoMay(WRITE, TOPIC, "t")).containsExactly("admin");
    }

    @Test
    void twoKafkaUsersOfOneNameAreRefused() {
        assertThatThrownBy(() -> KafkaAcls.of(List.of(user("u", "[]"), user("u", "[]")), Set.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static KafkaAcls acls(KafkaUser user) {
        return KafkaAcls.of(List.of(user), List.of());
    }

    private static KafkaUser user(String name, String acls) {
        String yaml = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata:
                  name: %s
                spec:
                  authentication:
                    type: scram-sha-512
                  authorization:
                    type: simple
                    acls:
                """.formatted(name) + acls.indent(6);
        try {
            return YAML.readValue(yaml, KafkaUser.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(yaml, e);
        }
    }
}
