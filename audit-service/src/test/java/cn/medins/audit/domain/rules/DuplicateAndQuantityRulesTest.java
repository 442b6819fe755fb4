package cn.medins.audit.domain.rules;

import static cn.medins.audit.domain.ClaimBuilder.claim;
import static cn.medins.audit.domain.RuleTesting.after;
import static cn.medins.audit.domain.RuleTesting.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.medins.audit.domain.ClaimFacts;
import cn.medins.contracts.coverage.ItemCategory;

class DuplicateAndQuantityRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Test
    void theSameItemForTheSamePersonTheSameDayAtTheSameInstitutionIsADuplicate() {
        ClaimFacts first = claim().id("S1").on(DAY).item("EX001", ItemCategory.EXAMINATION, "1", "120.00").build();
        ClaimFacts second = claim().id("S2").on(DAY).item("EX001", ItemCategory.EXAMINATION, "1", "120.00").build();

        assertThat(evaluate("DUPLICATE_BILLING", second, after(first))).singleElement().satisfies(f -> {
            assertThat(f.itemCode()).isEqualTo("EX001");
            assertThat(f.amount()).isEqualByComparingTo("120.00");
            assertThat(f.relatedClaimId()).isEqualTo("S1");
        });
    }

    @Test
    void anotherDayAnotherInstitutionOrAnotherPersonIsNoDuplicate() {
        ClaimFacts first = claim().id("S1").on(DAY).item("EX001", ItemCategory.EXAMINATION, "1", "120.00").build();

        assertThat(evaluate("DUPLICATE_BILLING",
                claim().id("S2").on(DAY.plusDays(1)).item("EX001", ItemCategory.EXAMINATION, "1", "120.00").build(),
                after(first))).isEmpty();
        assertThat(evaluate("DUPLICATE_BILLING",
                claim().id("S3").at("H2").on(DAY).item("EX001", ItemCategory.EXAMINATION, "1", "120.00").build(),
                after(first))).isEmpty();
        assertThat(evaluate("DUPLICATE_BILLING",
                claim().id("S4").person("P-other").on(DAY).item("EX001", ItemCategory.EXAMINATION, "1", "120.00").build(),
                after(first))).isEmpty();
        assertThat(evaluate("DUPLICATE_BILLING",
                claim().id("S5").on(DAY).item("EX002", ItemCategory.EXAMINATION, "1", "120.00").build(),
                after(first))).isEmpty();
    }

    @Test
    void moreThanTheItemsDailyLimitIsOverQuantityWithTheExcessAtStake() {
        ClaimFacts claim = claim().on(DAY).drug("XB01AC06", "6", "15.50").build();

        assertThat(evaluate("OVER_QUANTITY", claim)).singleElement().satisfies(f -> {
            assertThat(f.itemCode()).isEqualTo("XB01AC06");
            assertThat(f.amount()).isEqualByComparingTo("31.00");
            assertThat(f.evidence()).containsEntry("days", 1L);
        });
    }

    @Test
    void theDailyLimitIsReachedButNotExceeded() {
        assertThat(evaluate("OVER_QUANTITY", claim().on(DAY).drug("XB01AC06", "4", "15.50").build())).isEmpty();
    }

    @Test
    void otherClaimsOfTheSameDayCountTowardsTheLimit() {
        ClaimFacts morning = claim().id("S1").at("H2").on(DAY).drug("XB01AC06", "3", "15.50").build();
        ClaimFacts afternoon = claim().id("S2").on(DAY).drug("XB01AC06", "3", "15.50").build();

        assertThat(evaluate("OVER_QUANTITY", afternoon, after(morning))).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("31.00"));
    }

    @Test
    void aStaySpreadsItsQuantityOverItsDays() {
        ClaimFacts tenDays = claim().stay(DAY, DAY.plusDays(10)).drug("XB01AC06", "40", "15.50").build();
        ClaimFacts twoDays = claim().stay(DAY, DAY.plusDays(2)).drug("XB01AC06", "40", "15.50").build();

        assertThat(evaluate("OVER_QUANTITY", tenDays)).isEmpty();
        assertThat(evaluate("OVER_QUANTITY", twoDays)).singleElement()
                .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("496.00"));
    }

    @Test
    void theCategoryLimitAppliesToItemsWithoutTheirOwnLimit() {
        assertThat(evaluate("OVER_QUANTITY", claim().on(DAY).item("EX009", ItemCategory.EXAMINATION, "11", "10").build()))
                .hasSize(1);
        assertThat(evaluate("OVER_QUANTITY", claim().on(DAY).item("SV001", ItemCategory.SERVICE, "500", "1").build()))
                .isEmpty();
    }
}
