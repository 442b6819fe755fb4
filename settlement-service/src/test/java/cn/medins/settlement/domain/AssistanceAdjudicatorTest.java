package cn.medins.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.settlement.domain.AssistanceAdjudicator.Adjudication;
import cn.medins.settlement.domain.AssistanceAdjudicator.SettledClaim;
import cn.medins.settlement.domain.AssistanceAdjudicator.Share;

class AssistanceAdjudicatorTest {

    private static final AssistanceAdjudicator ADJUDICATOR = new AssistanceAdjudicator(Claims.REFERENCE.policy());

    private static Accumulators year(String assistanceBurden, String assistance, String residualBurden, String reAssistance) {
        return new Accumulators(Money.ZERO, Money.ZERO, Money.ZERO, Map.of(), 0, Money.ZERO, Money.ZERO, Money.ZERO,
                new BigDecimal(assistanceBurden), new BigDecimal(assistance), new BigDecimal(residualBurden), new BigDecimal(reAssistance));
    }

    private static Accumulators year(String criticalIllnessBurden, String criticalIllness, String assistanceBurden, String assistance,
            String residualBurden) {
        return new Accumulators(Money.ZERO, Money.ZERO, Money.ZERO, Map.of(), 0, Money.ZERO, new BigDecimal(criticalIllnessBurden),
                new BigDecimal(criticalIllness), new BigDecimal(assistanceBurden), new BigDecimal(assistance), new BigDecimal(residualBurden),
                Money.ZERO);
    }

    /** A claim of someone critical illness does not apply to (an employee), with {@code burden} left after it. */
    private static SettledClaim claim(String id, String burden, String assisted) {
        return new SettledClaim(id, new BigDecimal(burden), Money.ZERO, Money.ZERO, new BigDecimal(assisted), false);
    }

    private static SettledClaim residentClaim(String id, String afterBasic, String criticalIllness, String assisted) {
        return new SettledClaim(id, new BigDecimal(afterBasic), Money.ZERO, new BigDecimal(criticalIllness), new BigDecimal(assisted), true);
    }

    private static Share share(String id, String criticalIllness, String assistance) {
        return new Share(id, new BigDecimal(criticalIllness), new BigDecimal(assistance));
    }

    @Test
    void workedExampleCSettledBeforeTheGrantIsPaidTheNeedyCriticalIllnessDifferenceAndItsAssistance() {
        // 60,000 level 3: basic 35,400, burden 24,600, ordinary critical illness 5,760 (15,000 deductible, 60%).
        Adjudication adjudication = ADJUDICATOR.retroactive(NeedyCategory.LOW_INCOME,
                List.of(residentClaim("S1", "24600", "5760", "0")), year("24600", "5760", "18840", "0", "18840"));

        assertThat(adjudication.shares()).containsExactly(share("S1", "5355", "9439.50"));
        assertThat(adjudication.amount()).isEqualByComparingTo("14794.50");
        assertThat(adjudication.delta().criticalIllness()).isEqualByComparingTo("5355");
        assertThat(adjudication.delta().assistanceBurden()).isEqualByComparingTo("-5355");
        assertThat(adjudication.delta().assistance()).isEqualByComparingTo("9439.50");
        assertThat(adjudication.delta().residualBurden()).isEqualByComparingTo("-14794.50");
        // 60,000 − 35,400 − (5,760 + 5,355) − 9,439.50: the share worked example C gives
        assertThat(new BigDecimal("18840").subtract(adjudication.amount())).isEqualByComparingTo("4045.50");
    }

    @Test
    void twoStaysReRatedInTurnEndAtTheNeedyEntitlementOfTheirWholeBurden() {
        // 24,600 and 12,600 of burden; ordinary rates paid 5,760 and then 7,560 (the year's 37,200 entitles to 13,320).
        Adjudication adjudication = ADJUDICATOR.retroactive(NeedyCategory.EXTREME_POVERTY,
                List.of(residentClaim("S1", "24600", "5760", "0"), residentClaim("S2", "12600", "7560", "0")),
                year("37200", "13320", "23880", "0", "23880"));

        // at needy rates the year entitles to 19,305: 11,115 on the first stay, 8,190 on the second
        assertThat(adjudication.shares()).containsExactly(share("S1", "5355", "9439.50"), share("S2", "630", "3087"));
        assertThat(adjudication.delta().criticalIllness()).isEqualByComparingTo("5985");
    }

    @Test
    void aMarginalCategoryGetsNoCriticalIllnessDifferenceSinceItsRatesAreTheOrdinaryOnes() {
        Adjudication adjudication = ADJUDICATOR.retroactive(NeedyCategory.LOW_INCOME_MARGINAL,
                List.of(residentClaim("S1", "24600", "5760", "0")), year("24600", "5760", "18840", "0", "18840"));

        // half of the 18,840 left above 3,000
        assertThat(adjudication.shares()).containsExactly(share("S1", "0", "7920"));
    }

    @Test
    void retroactiveAssistanceGivesEachUnassistedClaimItsCategorysLayer() {
        Adjudication adjudication = ADJUDICATOR.retroactive(NeedyCategory.LOW_INCOME,
                List.of(claim("S1", "13485", "0"), claim("S2", "1000", "700")), year("14485", "700", "13785", "0"));

        assertThat(adjudication.amount()).isEqualByComparingTo("9439.50");
        assertThat(adjudication.shares()).containsExactly(share("S1", "0", "9439.50"));
        assertThat(adjudication.delta().assistance()).isEqualByComparingTo("9439.50");
        assertThat(adjudication.delta().residualBurden()).isEqualByComparingTo("-9439.50");
    }

    @Test
    void retroactiveAssistanceStopsAtWhatIsLeftOfTheAnnualCap() {
        Adjudication adjudication = ADJUDICATOR.retroactive(NeedyCategory.EXTREME_POVERTY,
                List.of(claim("S1", "10000", "0"), claim("S2", "10000", "0")), year("20000", "25000", "20000", "0"));

        assertThat(adjudication.shares()).extracting(Share::amount).containsExactly(new BigDecimal("5000.00"), new BigDecimal("0.00"));
    }

    @Test
    void retroactiveAssistanceForMarginalPersonsPaysHalfOfTheYearsBurdenAboveTheThreshold() {
        Adjudication adjudication = ADJUDICATOR.retroactive(NeedyCategory.MONITORED,
                List.of(claim("S1", "2000", "0"), claim("S2", "4000", "0")), year("6000", "0", "6000", "0"));

        assertThat(adjudication.shares()).extracting(Share::amount).containsExactly(new BigDecimal("0.00"), new BigDecimal("1500.00"));
    }

    @Test
    void reAssistancePaysSeventyPercentAboveFiveThousandLessWhatItPaidWithinItsCap() {
        Adjudication some = ADJUDICATOR.reAssistance(List.of(claim("S1", "8000", "0"), claim("S2", "7000", "0")),
                year("15000", "0", "15000", "2000"));
        Adjudication capped = ADJUDICATOR.reAssistance(List.of(claim("S1", "50000", "0")), year("50000", "0", "50000", "0"));

        assertThat(some.amount()).isEqualByComparingTo("5000");
        assertThat(some.shares()).extracting(Share::amount).containsExactly(new BigDecimal("5000.00"), new BigDecimal("0.00"));
        assertThat(some.delta().reAssistance()).isEqualByComparingTo("5000");
        assertThat(capped.amount()).isEqualByComparingTo("20000");
    }
}
