package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.partner.AssistanceStatusChange;
import cn.medins.contracts.partner.AssistanceStatusChange.Action;
import cn.medins.contracts.partner.NeedyCategory;

class StatusChangeValidatorTest {

    private static final String VALID_ID = "371602196505051231";

    @Test
    void aWellFormedGrantHasNoProblem() {
        assertThat(StatusChangeValidator.problemWith(change(VALID_ID, LocalDate.of(2026, 5, 1), null))).isEmpty();
    }

    @Test
    void aWrongCheckDigitNamesTheIdNumberWithoutShowingIt() {
        assertThat(StatusChangeValidator.problemWith(change("371602196505051232", LocalDate.of(2026, 5, 1), null)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("idNumber").doesNotContain("371602196505051232"));
    }

    @Test
    void aValidToBeforeValidFromNamesValidTo() {
        assertThat(StatusChangeValidator.problemWith(change(VALID_ID, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30))))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("field validTo"));
    }

    @Test
    void aMissingCategoryNamesCategory() {
        AssistanceStatusChange change = new AssistanceStatusChange(VALID_ID, "x", "371600", null, Action.GRANTED,
                LocalDate.of(2026, 5, 1), null, null);
        assertThat(StatusChangeValidator.problemWith(change)).contains("field category: required");
    }

    private static AssistanceStatusChange change(String idNumber, LocalDate from, LocalDate to) {
        return new AssistanceStatusChange(idNumber, "x", "371600", NeedyCategory.LOW_INCOME, Action.GRANTED, from, to, null);
    }
}
