package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.assistance.AssistanceEvents.AdjudicationKind;
import cn.medins.contracts.partner.NeedyCategory;

class ReAssistanceMatcherTest {

    private static final AssistancePolicy POLICY = Claims.policy();

    @Test
    void aYearBurdenAfterThreeLayersAboveTheThresholdAsksForReAssistance() {
        // worked example C: 60,000 − 35,400 − 11,115 − 9,439.50 leaves 4,045.50; a second such stay crosses 5,000
        ClaimFacts first = Claims.claim("S1").layers(Claims.layers("60000", "35400", "0", "11115", "9439.50")).facts();
        ClaimFacts second = Claims.claim("S2").layers(Claims.layers("8000", "4800", "0", "0", "2240")).facts();

        AdjudicationNeed need = ReAssistanceMatcher.match(second, NeedyCategory.LOW_INCOME, List.of(first, second), BigDecimal.ZERO, POLICY).orElseThrow();

        assertThat(need.kind()).isEqualTo(AdjudicationKind.RE_ASSISTANCE);
        assertThat(need.settlementIds()).containsExactly("S1", "S2");
        assertThat(need.matchedFacts()).anySatisfy(f -> assertThat(f.value()).isEqualTo("5005.50"));
    }

    @Test
    void aBurdenOfExactlyTheThresholdOrOfSomeoneNotNeedyAsksNothing() {
        ClaimFacts claim = Claims.claim("S1").layers(Claims.layers("10000", "5000", "0", "0", "0")).facts();
        assertThat(ReAssistanceMatcher.match(claim, NeedyCategory.LOW_INCOME, List.of(claim), BigDecimal.ZERO, POLICY)).isEmpty();
        ClaimFacts heavy = Claims.claim("S2").layers(Claims.layers("20000", "5000", "0", "0", "0")).facts();
        assertThat(ReAssistanceMatcher.match(heavy, null, List.of(heavy), BigDecimal.ZERO, POLICY)).isEmpty();
    }

    @Test
    void retroactiveAssistanceAlreadyAdjudicatedLowersTheBurden() {
        ClaimFacts claim = Claims.claim("S1").layers(Claims.layers("20000", "12000", "0", "0", "0")).facts();
        assertThat(ReAssistanceMatcher.match(claim, NeedyCategory.LOW_INCOME, List.of(claim), new BigDecimal("3000"), POLICY)).isEmpty();
        assertThat(ReAssistanceMatcher.match(claim, NeedyCategory.LOW_INCOME, List.of(claim), new BigDecimal("2999.99"), POLICY)).isPresent();
    }
}
