package cn.medins.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The rules catch what they are written for: each planted violation under {@code planted.broken} is reported, and a
 * service laid out the way the suite's are ({@code planted.sound}) passes.
 */
class ArchitectureRulesTest {

    private static final String BROKEN = "cn.medins.testing.planted.broken";
    private static final String SOUND = "cn.medins.testing.planted.sound";
    private static final String OTHER = "cn.medins.testing.planted.other";
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("cn.medins.testing.planted");

    @Test
    void everyPlantedViolationIsReportedWithTheClassesInvolved() {
        List<String> violations = ArchitectureRules.violations(ArchitectureRules.of(BROKEN, List.of(BROKEN, OTHER)),
                PLANTED);

        assertThat(violations).anySatisfy(v -> assertThat(v).contains("FrameworkInDomain").contains("jakarta.inject.Provider"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("ServiceInDomain").contains("BrokenService"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("BrokenResource").contains("BrokenRepository"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("BrokenService").contains("OtherServicesCode"));
    }

    @Test
    void aServiceLaidOutByRoleHasNoViolation() {
        assertThat(ArchitectureRules.violations(ArchitectureRules.of(SOUND, List.of(SOUND, OTHER)), PLANTED)).isEmpty();
    }

    @Test
    void eachServiceIsCheckedAgainstEveryOtherServiceOfTheSuite() {
        assertThat(ArchitectureRules.of("cn.medins.audit")).extracting(Object::toString)
                .anySatisfy(rule -> assertThat(rule).contains("uses no class of cn.medins.enrollment"))
                .anySatisfy(rule -> assertThat(rule).contains("uses no class of cn.medins.settlement"))
                .anySatisfy(rule -> assertThat(rule).contains("uses no class of cn.medins.assistance"))
                .noneSatisfy(rule -> assertThat(rule).contains("uses no class of cn.medins.audit"));
    }
}
