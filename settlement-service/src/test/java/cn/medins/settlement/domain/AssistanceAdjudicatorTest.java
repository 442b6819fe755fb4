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

    private static final AssistanceAdjudicator ADJUDICATOR = new AssistanceAdjudicator(Claims.REFERENCE.policy().medicalAssistance());

    private static Accumulators year(String assistanceBurden, String assistance, String residualBurden, String reAssistance) {
        return new Accumulators(Money.ZERO, Money.ZERO, Money.ZERO, Map.of(), 0, Money.ZERO, Money.ZERO, Money.ZERO,
                new BigDecimal(assistanceBurden), new BigDecimal(assistance), new BigDecimal(residualBurden), new BigDecimal(reAssistance));
    }

    private static SettledClaim claim(String id, String burden, String assisted) {
        return new SettledClaim(id, new BigDecimal(burden), new BigDecimal(assisted));
    }

    @Test
    void retroactiveAssistanceGivesEachUnassistedClaimItsCategorysLayer() {
        Adjudication adjudication = ADJUDICATOR.retroactive(NeedyCategory.LOW_INCOME,
                List.of(claim("S1", "13485", "0"), claim("S2", "1000", "700")), year("14485", "700", "13785", "0"));

        assertThat(adjudication.amount()).isEqualByComparingTo("9439.50");
        assertThat(adjudication.shares()).containsExactly(new Share("S1", new BigDecimal("9439.50")));
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
