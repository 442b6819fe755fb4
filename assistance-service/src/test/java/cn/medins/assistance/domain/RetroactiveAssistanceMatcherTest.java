package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;

class RetroactiveAssistanceMatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final NeedyGrant GRANT = new NeedyGrant("ev-grant", Claims.ID_NUMBER, NeedyCategory.LOW_INCOME,
            LocalDate.of(2026, 2, 1), null);

    @Test
    void claimsSinceValidFromWithoutAssistanceAreAskedForInOneRequest() {
        ClaimFacts march = Claims.claim("S1").stay(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 6), new Diagnosis("K35", true)).facts();
        ClaimFacts april = Claims.claim("S2").outpatient(LocalDate.of(2026, 4, 2), 2, new Diagnosis("J20", true))
                .layers(Claims.layers("500", "300", "0", "0", "0")).facts();

        List<AdjudicationNeed> needs = RetroactiveAssistanceMatcher.match(GRANT, List.of(march, april), Set.of(), TODAY);

        assertThat(needs).singleElement().satisfies(need -> {
            assertThat(need.kind()).isEqualTo(AdjudicationKind.RETROACTIVE);
            assertThat(need.year()).isEqualTo(2026);
            assertThat(need.settlementIds()).containsExactly("S1", "S2");
            assertThat(need.matchedFacts()).extracting(f -> f.eventId()).contains("ev-grant", "ev-S1", "ev-S2");
        });
    }

    @Test
    void claimsBeforeValidFromWithAssistanceReversedOrAlreadyAskedForAreLeftOut() {
        ClaimFacts before = Claims.claim("S0").stay(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 31), new Diagnosis("K35", true)).facts();
        ClaimFacts assisted = Claims.claim("S1").layers(Claims.layers("60000", "35400", "0", "11115", "9439.50")).facts();
        Claims reversed = Claims.claim("S2");
        reversed.reversed = true;
        ClaimFacts asked = Claims.claim("S3").facts();

        assertThat(RetroactiveAssistanceMatcher.match(GRANT, List.of(before, assisted, reversed.facts(), asked), Set.of("S3"), TODAY))
                .isEmpty();
    }

    @Test
    void aGrantFromBeforeLastYearPaysBackToFirstJanuaryOfLastYearAndLeavesTheOlderClaimsToAReviewCase() {
        NeedyGrant longAgo = new NeedyGrant("ev", Claims.ID_NUMBER, NeedyCategory.LOW_INCOME, LocalDate.of(2024, 6, 1), null);
        ClaimFacts tooOld = Claims.claim("S1").stay(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 20), new Diagnosis("K35", true)).facts();
        ClaimFacts lastYear = Claims.claim("S2").stay(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), new Diagnosis("K35", true)).facts();

        assertThat(RetroactiveAssistanceMatcher.match(longAgo, List.of(tooOld, lastYear), Set.of(), TODAY))
                .flatExtracting(AdjudicationNeed::settlementIds).containsExactly("S2");
        assertThat(RetroactiveAssistanceMatcher.reviewBeyondReach(longAgo, TODAY)).hasValueSatisfying(review -> {
            assertThat(review.kind()).isEqualTo(BenefitKind.RETROACTIVE_ASSISTANCE_REVIEW);
            assertThat(review.amount()).isNull();
            assertThat(review.details()).containsEntry("reachBack", "2025-01-01").containsEntry("validFrom", "2024-06-01");
        });
        NeedyGrant withinReach = new NeedyGrant("ev", Claims.ID_NUMBER, NeedyCategory.LOW_INCOME, LocalDate.of(2025, 1, 1), null);
        assertThat(RetroactiveAssistanceMatcher.reviewBeyondReach(withinReach, TODAY)).isEmpty();
    }

    @Test
    void aGrantValidFromTodayLooksBackAtNothing() {
        NeedyGrant fromToday = new NeedyGrant("ev", Claims.ID_NUMBER, NeedyCategory.LOW_INCOME, TODAY, null);
        assertThat(RetroactiveAssistanceMatcher.match(fromToday, List.of(Claims.claim("S1").facts()), Set.of(), TODAY)).isEmpty();
    }

    @Test
    void claimsOfTwoYearsMakeOneRequestPerYear() {
        NeedyGrant sinceLastYear = new NeedyGrant("ev", Claims.ID_NUMBER, NeedyCategory.LOW_INCOME, LocalDate.of(2025, 10, 1), null);
        ClaimFacts lastYear = Claims.claim("S1").stay(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 5), new Diagnosis("K35", true)).facts();
        ClaimFacts thisYear = Claims.claim("S2").facts();

        assertThat(RetroactiveAssistanceMatcher.match(sinceLastYear, List.of(lastYear, thisYear), Set.of(), TODAY))
                .extracting(AdjudicationNeed::year).containsExactly(2025, 2026);
    }

    private static final NeedyPeriod PERIOD = new NeedyPeriod(UUID.randomUUID(), NeedyCategory.LOW_INCOME,
            LocalDate.of(2026, 2, 1), null);

    @Test
    void aClaimArrivingAfterTheGrantCoveringItIsAskedForOnItsOwn() {
        ClaimFacts late = Claims.claim("S7").stay(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 6), new Diagnosis("K35", true)).facts();

        assertThat(RetroactiveAssistanceMatcher.matchLateClaim(Claims.ID_NUMBER, PERIOD, late, Set.of(), TODAY)).hasValueSatisfying(need -> {
            assertThat(need.kind()).isEqualTo(AdjudicationKind.RETROACTIVE);
            assertThat(need.category()).isEqualTo(NeedyCategory.LOW_INCOME);
            assertThat(need.settlementIds()).containsExactly("S7");
            assertThat(need.subject()).endsWith("|S7");
            assertThat(need.matchedFacts()).extracting(f -> f.eventId()).contains("ev-S7", "needy-period:" + PERIOD.id());
        });
    }

    @Test
    void aLateClaimThatGotAssistanceOrWasAskedForOrFallsOutsideThePeriodIsNotAskedFor() {
        ClaimFacts assisted = Claims.claim("S1").layers(Claims.layers("60000", "35400", "0", "11115", "9439.50")).facts();
        ClaimFacts asked = Claims.claim("S3").facts();
        ClaimFacts before = Claims.claim("S0").stay(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 31), new Diagnosis("K35", true)).facts();

        assertThat(RetroactiveAssistanceMatcher.matchLateClaim(Claims.ID_NUMBER, PERIOD, assisted, Set.of(), TODAY)).isEmpty();
        assertThat(RetroactiveAssistanceMatcher.matchLateClaim(Claims.ID_NUMBER, PERIOD, asked, Set.of("S3"), TODAY)).isEmpty();
        assertThat(RetroactiveAssistanceMatcher.matchLateClaim(Claims.ID_NUMBER, PERIOD, before, Set.of(), TODAY)).isEmpty();
    }
}
