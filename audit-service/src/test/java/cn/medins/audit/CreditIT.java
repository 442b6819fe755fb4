package cn.medins.audit;

import static cn.medins.audit.Settlements.unique;
import static cn.medins.testing.TestTokens.asAgency;
import static cn.medins.testing.ExactMoney.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.audit.AuditEvents;
import cn.medins.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class CreditIT extends AuditIntegrationBase {

    @Test
    void anInstitutionWithoutClaimsIsGradedAWithTheReasons() {
        asAgency().get("/institutions/{id}/credit", unique("H"))
                .then().statusCode(200)
                .body("grade", equalTo("A"))
                .body("reasons[0]", startsWith("0 confirmed violations in 0 claims"))
                .body("reasons", hasItem(containsString("fewer than 100")));
    }

    @Test
    void aConfirmedViolationRegradesTheInstitutionAndAnnouncesTheNewGrade() {
        String hospitalB = unique("HB");
        String flagId = scenarios.resoldFlagAt(hospitalB);

        AuditScenarios.resolve(flagId, "CONFIRMED");

        asAgency().get("/institutions/{id}/credit", hospitalB)
                .then().statusCode(200)
                .body("grade", equalTo("D-"))
                .body("violationsPerThousand", yuan("1000"))
                .body("reasons[0]", startsWith("1 confirmed violations in 1 claims"));
        AuditEventsReader.Published graded = AuditEventsReader.await(AuditEvents.INSTITUTION_GRADED,
                p -> p.path("institutionId").asText().equals(hospitalB));
        assertThat(graded.key()).isEqualTo(hospitalB);
        assertThat(graded.payload().path("grade").asText()).isEqualTo("D-");
    }

    @Test
    void aDismissalThatLeavesTheGradeAsItWasAnnouncesOnlyTheFirstGrade() {
        String hospitalB = unique("HB");
        String flagId = scenarios.resoldFlagAt(hospitalB);

        AuditScenarios.resolve(flagId, "DISMISSED");
        String secondFlag = scenarios.resoldFlagAt(hospitalB);
        AuditScenarios.resolve(secondFlag, "DISMISSED");

        AuditEventsReader.await(AuditEvents.FLAG_RESOLVED, p -> p.path("flagId").asText().equals(secondFlag));
        assertThat(AuditEventsReader.all(AuditEvents.INSTITUTION_GRADED, p -> p.path("institutionId").asText().equals(hospitalB)))
                .singleElement().satisfies(g -> assertThat(g.payload().path("grade").asText()).isEqualTo("A"));
    }
}
