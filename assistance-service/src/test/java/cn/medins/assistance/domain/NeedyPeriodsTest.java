package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.partner.NeedyCategory;

class NeedyPeriodsTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final UUID ID = UUID.randomUUID();

    @Test
    void aFirstGrantOpensANewPeriod() {
        NeedyPeriod period = NeedyPeriods.grant(List.of(), NeedyCategory.LOW_INCOME, MAY_1, null);
        assertThat(period).isEqualTo(new NeedyPeriod(null, NeedyCategory.LOW_INCOME, MAY_1, null));
    }

    @Test
    void aGrantContinuingAPeriodTheNextDayExtendsIt() {
        List<NeedyPeriod> periods = List.of(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, LocalDate.of(2026, 6, 30)));
        NeedyPeriod period = NeedyPeriods.grant(periods, NeedyCategory.LOW_INCOME, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
        assertThat(period).isEqualTo(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aGrantAfterAGapOrInAnotherCategoryOpensANewPeriod() {
        List<NeedyPeriod> periods = List.of(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, LocalDate.of(2026, 6, 30)));
        assertThat(NeedyPeriods.grant(periods, NeedyCategory.LOW_INCOME, LocalDate.of(2026, 7, 2), null).id()).isNull();
        assertThat(NeedyPeriods.grant(periods, NeedyCategory.MONITORED, MAY_1, null).id()).isNull();
    }

    @Test
    void aRevocationWithoutValidToEndsTheRunningPeriodTheDayBeforeItsValidFrom() {
        List<NeedyPeriod> periods = List.of(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, null));
        assertThat(NeedyPeriods.revoke(periods, NeedyCategory.LOW_INCOME, LocalDate.of(2026, 9, 1), null))
                .contains(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, LocalDate.of(2026, 8, 31)));
    }

    @Test
    void aRevocationWithValidToEndsThePeriodThere() {
        List<NeedyPeriod> periods = List.of(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, null));
        assertThat(NeedyPeriods.revoke(periods, NeedyCategory.LOW_INCOME, MAY_1, LocalDate.of(2026, 10, 15)))
                .contains(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, LocalDate.of(2026, 10, 15)));
    }

    @Test
    void aRevocationFromTheFirstDayLeavesAPeriodThatCoversNoDate() {
        List<NeedyPeriod> periods = List.of(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, null));
        NeedyPeriod revoked = NeedyPeriods.revoke(periods, NeedyCategory.LOW_INCOME, MAY_1, null).orElseThrow();
        assertThat(revoked.covers(MAY_1)).isFalse();
        assertThat(revoked.covers(MAY_1.minusDays(1))).isFalse();
    }

    @Test
    void aRevocationOfACategoryThePersonDoesNotHaveFindsNothing() {
        List<NeedyPeriod> periods = List.of(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, null));
        assertThat(NeedyPeriods.revoke(periods, NeedyCategory.MONITORED, LocalDate.of(2026, 9, 1), null)).isEmpty();
    }

    @Test
    void theCategoryOnADateIsTheOneWhosePeriodCoversIt() {
        List<NeedyPeriod> periods = List.of(new NeedyPeriod(ID, NeedyCategory.LOW_INCOME, MAY_1, LocalDate.of(2026, 8, 31)));
        assertThat(NeedyPeriods.categoryOn(periods, LocalDate.of(2026, 8, 31))).contains(NeedyCategory.LOW_INCOME);
        assertThat(NeedyPeriods.categoryOn(periods, LocalDate.of(2026, 9, 1))).isEmpty();
    }
}
