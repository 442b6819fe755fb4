package cn.medins.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.settlement.config.PolicyBeans.PrepaymentTierFile;
import cn.medins.settlement.config.PolicyFiles;
import cn.medins.settlement.domain.PrepaymentTiers.Prepayment;
import cn.medins.settlement.domain.PrepaymentTiers.Tier;

class PrepaymentTiersTest {

    private static final PrepaymentTiers TIERS = new PrepaymentTiers(2, List.of(
            new Tier(1, List.of("A+", "A"), new BigDecimal("0.95")),
            new Tier(2, List.of("B"), new BigDecimal("0.90")),
            new Tier(3, List.of("C", "C-"), new BigDecimal("0.80")),
            new Tier(4, List.of("D", "D-"), new BigDecimal("0.60"))));

    @Test
    void theGradePicksTheTierAndThePrepaymentIsRoundedDownSoThatBothPartsAddUpToTheNetPayable() {
        Prepayment prepayment = TIERS.of("A", new BigDecimal("2588899.50"));

        assertThat(prepayment.tier()).isEqualTo(1);
        assertThat(prepayment.prepaid()).isEqualByComparingTo("2459454.52");
        assertThat(prepayment.retained()).isEqualByComparingTo("129444.98");
        assertThat(prepayment.prepaid().add(prepayment.retained())).isEqualByComparingTo("2588899.50");
    }

    @Test
    void anInstitutionNotYetGradedIsInTheUngradedTierAndAnUnknownGradeInTheTierThatAdvancesLeast() {
        assertThat(TIERS.of(null, new BigDecimal("100")).tier()).isEqualTo(2);
        assertThat(TIERS.of(null, new BigDecimal("100")).creditGrade()).isNull();
        assertThat(TIERS.of("E", new BigDecimal("100")).tier()).isEqualTo(4);
        assertThat(TIERS.of("D-", new BigDecimal("100")).prepaid()).isEqualByComparingTo("60.00");
    }

    @Test
    void aMonthThatPaysNothingAdvancesNothing() {
        Prepayment nothing = TIERS.of("A+", new BigDecimal("0.00"));

        assertThat(nothing.prepaid()).isEqualByComparingTo("0");
        assertThat(nothing.retained()).isEqualByComparingTo("0");
    }

    @Test
    void aTableWhereAWorseTierAdvancesMoreOrAGradeIsMissingOrTwiceIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new PrepaymentTiers(2, List.of(
                new Tier(1, List.of("A+", "A"), new BigDecimal("0.80")),
                new Tier(2, List.of("B"), new BigDecimal("0.90")),
                new Tier(3, List.of("C", "C-"), new BigDecimal("0.70")),
                new Tier(4, List.of("D", "D-"), new BigDecimal("0.60")))))
                .hasMessageStartingWith("tiers[1].ratio: a worse tier must not advance more");
        assertThatThrownBy(() -> new PrepaymentTiers(2, List.of(
                new Tier(1, List.of("A+", "A"), new BigDecimal("0.95")),
                new Tier(2, List.of("B"), new BigDecimal("0.90")),
                new Tier(3, List.of("C"), new BigDecimal("0.80")),
                new Tier(4, List.of("D", "D-"), new BigDecimal("0.60")))))
                .hasMessage("tiers: grade C- is in no tier");
        assertThatThrownBy(() -> new PrepaymentTiers(2, List.of(
                new Tier(1, List.of("A+", "A"), new BigDecimal("0.95")),
                new Tier(2, List.of("B", "A"), new BigDecimal("0.90")),
                new Tier(3, List.of("C", "C-"), new BigDecimal("0.80")),
                new Tier(4, List.of("D", "D-"), new BigDecimal("0.60")))))
                .hasMessage("tiers[1].grades: A is in two tiers");
        assertThatThrownBy(() -> new PrepaymentTiers(5, TIERS.tiers())).hasMessageStartingWith("ungradedTier:");
        assertThatThrownBy(() -> new PrepaymentTiers(2, TIERS.tiers().subList(0, 3))).hasMessage("tiers: must list 4 tiers");
    }

    @Test
    void theShippedTableIsValidAndPutsEveryGradeInATier() {
        PrepaymentTierFile file = PolicyFiles.readResource("reference/prepayment-tiers.json", PrepaymentTierFile.class);
        PrepaymentTiers shipped = new PrepaymentTiers(file.ungradedTier(), file.tiers());

        assertThat(PrepaymentTiers.GRADES).allSatisfy(grade -> assertThat(shipped.tierOf(grade)).isNotNull());
        assertThat(shipped.tierOf("A+").ratio()).isGreaterThanOrEqualTo(shipped.tierOf("D-").ratio());
    }
}
