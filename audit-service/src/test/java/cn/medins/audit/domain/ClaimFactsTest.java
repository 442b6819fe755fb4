package cn.medins.audit.domain;

import static cn.medins.audit.domain.ClaimBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.CatalogClass;
import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.ItemCategory;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.settlement.SettlementEvents;

class ClaimFactsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private static ClaimRequest request(String idNumber, String insuredId) {
        return new ClaimRequest("R1", idNumber, insuredId, null, "H1", 3, "371602", VisitType.INPATIENT, DAY, DAY.plusDays(5),
                null, List.of(new ClaimRequest.Diagnosis("E11.9", false), new ClaimRequest.Diagnosis("I63.9", true)),
                List.of(new ClaimRequest.Item("XB01AC06", "aspirin", CatalogClass.A, ItemCategory.DRUG, new BigDecimal("3"),
                        new BigDecimal("15.555"), List.of("T1", "T2"))));
    }

    @Test
    void aCounterClaimPutsThePrincipalDiagnosisFirstAndPricesItsLinesToTheFen() {
        ClaimFacts facts = ClaimFacts.fromRequest(request("371602199001011221", null), null);

        assertThat(facts.diagnoses()).containsExactly("I63.9", "E11.9");
        assertThat(facts.items().get(0).amount()).isEqualByComparingTo("46.67");
        assertThat(facts.total()).isEqualByComparingTo("46.67");
        assertThat(facts.serviceDate()).isEqualTo(DAY.plusDays(5));
        assertThat(facts.isStay()).isTrue();
        assertThat(facts.claimId()).isNull();
        assertThat(facts.tracedPacks()).extracting(ClaimFacts.TracedPack::traceCode).containsExactly("T1", "T2");
    }

    @Test
    void aCounterClaimTakesThePatientFromWhatIsKnownElseFromTheIdNumber() {
        PatientFacts known = new PatientFacts(Sex.M, LocalDate.of(1950, 1, 1));

        assertThat(ClaimFacts.fromRequest(request(null, "P1"), known).patient()).isEqualTo(known);
        assertThat(ClaimFacts.fromRequest(request("371602199001011221", null), PatientFacts.UNKNOWN).patient())
                .isEqualTo(new PatientFacts(Sex.F, LocalDate.of(1990, 1, 1)));
        assertThat(ClaimFacts.fromRequest(request(null, "P1"), null).patient()).isEqualTo(PatientFacts.UNKNOWN);
    }

    @Test
    void aSettledClaimKeepsItsSettlementIdPatientAndBilledAmounts() {
        SettlementEvents.ClaimSettled settled = new SettlementEvents.ClaimSettled("S1", "R1",
                new SettlementEvents.Patient("P1", null, Sex.M, LocalDate.of(1960, 2, 2), Scheme.EMPLOYEE, Category.RETIRED,
                        "371602", null),
                "H1", 2, "371602", VisitType.OUTPATIENT, DAY, null, null,
                List.of(new SettlementEvents.Diagnosis("I10", true)),
                List.of(new SettlementEvents.Item("XB01AC06", "aspirin", CatalogClass.A, ItemCategory.DRUG, BigDecimal.ONE,
                        new BigDecimal("15.50"), new BigDecimal("15.50"), new BigDecimal("15.50"), null)),
                null, "371600-2026", OffsetDateTime.now());

        ClaimFacts facts = ClaimFacts.fromSettlement(settled);

        assertThat(facts.claimId()).isEqualTo("S1");
        assertThat(facts.insuredId()).isEqualTo("P1");
        assertThat(facts.patient()).isEqualTo(new PatientFacts(Sex.M, LocalDate.of(1960, 2, 2)));
        assertThat(facts.institutionLevel()).isEqualTo(2);
        assertThat(facts.total()).isEqualByComparingTo("15.50");
        assertThat(facts.tracedPacks()).isEmpty();
    }

    @Test
    void theSameClaimIsRecognisedBySettlementIdOrByRequestIdAtTheSameInstitution() {
        ClaimFacts settled = claim().id("S1").build();
        PriorClaim prior = PriorClaim.of(settled);
        ClaimFacts atTheCounter = new ClaimFacts(null, settled.requestId(), "P1", null, null, "H1", 3, "371602",
                VisitType.OUTPATIENT, DAY, null, List.of("J06.9"), settled.items());
        ClaimFacts sameRequestElsewhere = new ClaimFacts(null, settled.requestId(), "P1", null, null, "H2", 3, "371602",
                VisitType.OUTPATIENT, DAY, null, List.of("J06.9"), settled.items());

        assertThat(settled.isSameClaimAs(prior)).isTrue();
        assertThat(atTheCounter.isSameClaimAs(prior)).isTrue();
        assertThat(sameRequestElsewhere.isSameClaimAs(prior)).isFalse();
    }
}
