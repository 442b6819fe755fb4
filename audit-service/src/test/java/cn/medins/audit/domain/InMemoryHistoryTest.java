package cn.medins.audit.domain;

import static cn.medins.audit.domain.ClaimBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.coverage.VisitType;

class InMemoryHistoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Test
    void aPersonIsFoundByInsuredIdOrIdNumberAndEachClaimOnce() {
        PriorClaim both = new PriorClaim("S1", "R1", "P1", "371602199001011221", "H1", "371602", VisitType.OUTPATIENT, DAY,
                null, "I10", List.of());
        PriorClaim byNumberOnly = new PriorClaim("S2", "R2", null, "371602199001011221", "H1", "371602",
                VisitType.OUTPATIENT, DAY, null, "I10", List.of());
        InMemoryHistory history = new InMemoryHistory().addClaim(both).addClaim(byNumberOnly);

        assertThat(history.claimsOfPerson("P1", "371602199001011221", DAY, DAY)).extracting(PriorClaim::claimId)
                .containsExactly("S1", "S2");
        assertThat(history.claimsOfPerson("P1", null, DAY, DAY)).extracting(PriorClaim::claimId).containsExactly("S1");
        assertThat(history.claimsOfPerson(null, null, DAY, DAY)).isEmpty();
    }

    @Test
    void onlyClaimsSharingADayWithTheWindowAreFound() {
        InMemoryHistory history = new InMemoryHistory()
                .record(claim().id("STAY").stay(DAY, DAY.plusDays(10)).build())
                .record(claim().id("VISIT").on(DAY.plusDays(20)).build());

        assertThat(history.claimsOfPerson("P000000000001", null, DAY.plusDays(10), DAY.plusDays(12)))
                .extracting(PriorClaim::claimId).containsExactly("STAY");
        assertThat(history.claimsOfPerson("P000000000001", null, DAY.plusDays(11), DAY.plusDays(19))).isEmpty();
    }

    @Test
    void costsAreSplitBetweenTheInstitutionAndItsPeers() {
        InMemoryHistory history = new InMemoryHistory()
                .record(claim().id("A").at("H1").diagnosis("I63.9").drug("X", "1", "100").build())
                .record(claim().id("B").at("H2").diagnosis("I63.0").drug("X", "1", "300").build())
                .record(claim().id("C").at("H3").diagnosis("I63.1").drug("X", "1", "500").build());

        DiagnosisCosts costs = history.costsOf("I63", 3, "H1");

        assertThat(costs.institutionClaims()).isEqualTo(1);
        assertThat(costs.peerInstitutions()).isEqualTo(2);
        assertThat(costs.peerMean()).isEqualByComparingTo("400");
        assertThat(costs.institutionMeanWith(new BigDecimal("300"))).isEqualByComparingTo("200");
        assertThat(history.costsOf("K35", 3, "H1")).isEqualTo(DiagnosisCosts.NONE);
    }
}
