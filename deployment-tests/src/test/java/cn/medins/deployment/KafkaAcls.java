package cn.medins.deployment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleClusterResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTransactionalIdResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleType;

/**
 * What the broker's authorizer ({@code authorization.type: simple}) answers for the ACLs of a set of KafkaUsers: may
 * the principal of user U do operation O on topic, group or transactional id N, or on the cluster. As the broker
 * decides: a matching DENY wins; an ALLOW matches its own operation, {@code All}, and {@code Describe} when it allows
 * Read, Write, Delete or Alter ({@code DescribeConfigs} when it allows AlterConfigs); a literal name matches itself
 * and, when it is {@code *}, every name; a prefix matches every name that begins with it; without a matching ALLOW the
 * answer is no ({@code allow.everyone.if.no.acl.found} is false), unless the user is a super user.
 *
 * <p>Hosts are not modelled, on the attacker's side: an ALLOW for one host counts from everywhere, a DENY only when
 * it is for every host. So "may not" here is never "may" on the broker.
 */
final class KafkaAcls {

    enum Resource { TOPIC, GROUP, TRANSACTIONAL_ID, CLUSTER }

    /** The name of the one cluster resource. */
    static final String CLUSTER = "kafka-cluster";

    private static final Set<AclOperation> IMPLY_DESCRIBE =
            EnumSet.of(AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE, AclOperation.ALTER);

    private final Map<String, List<AclRule>> rules;
    private final Set<String> superUsers;

    private KafkaAcls(Map<String, List<AclRule>> rules, Set<String> superUsers) {
        this.rules = rules;
        this.superUsers = superUsers;
    }

    /**
     * The ACLs of the users, with the super users of the Kafka resource ({@code spec.kafka.authorization.superUsers}:
     * a user's name, {@code CN=name} or {@code User:...}). Two KafkaUsers of one name are one principal: refused.
     */
    static KafkaAcls of(Collection<KafkaUser> users, Collection<String> superUsers) {
        Map<String, List<AclRule>> rules = users.stream().collect(Collectors.toMap(
                user -> user.getMetadata().getName(),
                user -> user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple
                        && simple.getAcls() != null ? List.copyOf(simple.getAcls()) : List.of(),
                (a, b) -> {
                    throw new IllegalStateException("two KafkaUsers share a name, so a principal");
                }));
        return new KafkaAcls(Map.copyOf(rules), Set.copyOf(superUsers));
    }

    Set<String> users() {
        return new TreeSet<>(rules.keySet());
    }

    boolean may(String user, AclOperation operation, Resource type, String name) {
        if (isSuperUser(user)) {
            return true;
        }
        List<AclRule> acls = rules.getOrDefault(user, List.of());
        boolean denied = acls.stream().anyMatch(rule -> rule.getType() == AclRuleType.DENY && forEveryHost(rule)
                && matches(rule.getResource(), type, name)
                && operations(rule).stream().anyMatch(op -> op == operation || op == AclOperation.ALL));
        if (denied) {
            return false;
        }
        return acls.stream().anyMatch(rule -> rule.getType() != AclRuleType.DENY
                && matches(rule.getResource(), type, name)
                && operations(rule).stream().anyMatch(op -> allows(op, operation)));
    }

    /** Every operation (but {@code All} itself) the user may do on the resource. */
    Set<AclOperation> operations(String user, Resource type, String name) {
        Set<AclOperation> allowed = EnumSet.noneOf(AclOperation.class);
        for (AclOperation operation : AclOperation.values()) {
            if (operation != AclOperation.ALL && may(user, operation, type, name)) {
                allowed.add(operation);
            }
        }
        return allowed;
    }

    /** Every user that may do the operation on the resource. */
    Set<String> whoMay(AclOperation operation, Resource type, String name) {
        return users().stream().filter(user -> may(user, operation, type, name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean isSuperUser(String user) {
        return superUsers.contains(user) || superUsers.contains("CN=" + user)
                || superUsers.contains("User:" + user) || superUsers.contains("User:CN=" + user);
    }

    private static boolean allows(AclOperation granted, AclOperation asked) {
        return granted == asked || granted == AclOperation.ALL
                || asked == AclOperation.DESCRIBE && IMPLY_DESCRIBE.contains(granted)
                || asked == AclOperation.DESCRIBECONFIGS && granted == AclOperation.ALTERCONFIGS;
    }

    private static boolean forEveryHost(AclRule rule) {
        return rule.getHost() == null || rule.getHost().equals("*");
    }

    @SuppressWarnings("deprecation") // a rule may still name one `operation` instead of `operations`
    private static List<AclOperation> operations(AclRule rule) {
        if (rule.getOperations() != null && !rule.getOperations().isEmpty()) {
            return rule.getOperations();
        }
        return rule.getOperation() != null ? List.of(rule.getOperation()) : List.of();
    }

    private static boolean matches(AclRuleResource resource, Resource type, String name) {
        if (resource instanceof AclRuleTopicResource topic) {
            return type == Resource.TOPIC && matches(topic.getName(), topic.getPatternType(), name);
        }
        if (resource instanceof AclRuleGroupResource group) {
            return type == Resource.GROUP && matches(group.getName(), group.getPatternType(), name);
        }
        if (resource instanceof AclRuleTransactionalIdResource id) {
            return type == Resource.TRANSACTIONAL_ID && matches(id.getName(), id.getPatternType(), name);
        }
        if (resource instanceof AclRuleClusterResource) {
            return type == Resource.CLUSTER;
        }
        throw new IllegalArgumentException("unknown ACL resource " + resource);
    }

    private static boolean matches(String pattern, AclResourcePatternType patternType, String name) {
        if (patternType == AclResourcePatternType.PREFIX) {
            return name.startsWith(pattern);
        }
        return pattern.equals("*") || pattern.equals(name);
    }
}
