package cn.medins.enrollment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.coverage.Sex;

class InputCheckTest {

    private static final Regions SHANDONG = new Regions(List.of("370100", "371600"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @Test
    void namesEveryRefusedField() {
        InputCheck check = new InputCheck(SHANDONG, TODAY)
                .idNumber("mother.idNumber", "371602199001011222")
                .region("regionCode", "371200")
                .notInFuture("birthDate", TODAY.plusDays(1));

        assertThat(check.passed()).isFalse();
        assertThat(check.violations()).extracting(InputCheck.Violation::field)
                .containsExactly("mother.idNumber", "regionCode", "birthDate");
        assertThat(check.reason()).contains("field mother.idNumber:").contains("371200 is not a pooling region");
    }

    @Test
    void passesValidInput() {
        assertThat(new InputCheck(SHANDONG, TODAY)
                .idNumber("idNumber", "371602199001011221")
                .region("regionCode", "371600")
                .notInFuture("birthDate", TODAY)
                .passed()).isTrue();
    }

    @Test
    void readsBirthDateAndSexFromTheIdNumberAndRefusesAnImpossibleDate() {
        assertThat(IdentityFacts.birthDate("371602199001011221")).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(IdentityFacts.sex("371602199001011221")).isEqualTo(Sex.F);
        assertThat(IdentityFacts.sex("371602198805052315")).isEqualTo(Sex.M);
        String february30 = "37160219900230123";
        assertThat(IdentityFacts.problem(february30 + IdNumbers.checkDigit(february30)))
                .get().asString().contains("birth date");
    }
}
