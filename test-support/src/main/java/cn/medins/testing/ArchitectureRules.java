package cn.medins.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The layering every service keeps, checked by each service's {@code ArchitectureTest} against its own main classes:
 * domain code is plain Java, REST reaches the database only through services, and no service uses another's code
 * (so none reads another's tables: each has its own database and only its own entities).
 */
public final class ArchitectureRules {

    /** The services of the suite, by root package. */
    public static final List<String> SERVICES = List.of("cn.medins.enrollment", "cn.medins.settlement", "cn.medins.audit",
            "cn.medins.assistance");

    private static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "javax..", "io.smallrye..", "io.vertx..",
            "org.hibernate..", "org.eclipse.microprofile..", "org.apache.kafka..", "io.micrometer..", "org.jboss.."};

    private ArchitectureRules() {
    }

    /** The main classes of the service (tests and generated classes excluded). */
    public static JavaClasses mainClassesOf(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    /** Every rule for the service whose root package is {@code rootPackage}. */
    public static List<ArchRule> of(String rootPackage) {
        return of(rootPackage, SERVICES);
    }

    /** Every rule for the service whose root package is {@code rootPackage}, among the {@code services} of a suite. */
    static List<ArchRule> of(String rootPackage, List<String> services) {
        return Stream.concat(Stream.of(domainIsPlainJava(rootPackage), domainKnowsNoOuterLayer(rootPackage),
                        restReachesRepositoriesThroughServices(rootPackage)),
                services.stream().filter(other -> !other.equals(rootPackage))
                        .map(other -> usesNoCodeOf(rootPackage, other)))
                .toList();
    }

    /** Checks every rule and gives the violations of all of them at once (empty when the layering holds). */
    public static List<String> violations(String rootPackage, JavaClasses classes) {
        return violations(of(rootPackage), classes);
    }

    static List<String> violations(List<ArchRule> rules, JavaClasses classes) {
        return rules.stream()
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .flatMap(result -> result.getFailureReport().getDetails().stream())
                .toList();
    }

    static ArchRule domainIsPlainJava(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .as("domain code of " + rootPackage + " imports no framework")
                .because("the calculator, rules and matchers are plain Java, unit-tested without a container");
    }

    static ArchRule domainKnowsNoOuterLayer(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(rootPackage + ".rest..", rootPackage + ".service..",
                        rootPackage + ".repository..", rootPackage + ".messaging..", rootPackage + ".config..")
                .as("domain code of " + rootPackage + " uses no rest, service, repository, messaging or config class")
                .allowEmptyShould(true);
    }

    static ArchRule restReachesRepositoriesThroughServices(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(rootPackage + ".repository..")
                .as("REST resources of " + rootPackage + " reach repositories only through services")
                .because("a transaction, a lock and the audit trail belong to the service layer")
                .allowEmptyShould(true);
    }

    static ArchRule usesNoCodeOf(String rootPackage, String otherService) {
        return noClasses().that().resideInAPackage(rootPackage + "..")
                .should().dependOnClassesThat().resideInAPackage(otherService + "..")
                .as(rootPackage + " uses no class of " + otherService)
                .because("services share only event-contracts and the support modules, never another's code or tables")
                .allowEmptyShould(true);
    }
}
