package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankAccountsTest {

    @Test
    void showsOnlyTheFirstAndLastFourDigits() {
        assertThat(BankAccounts.mask("6228480000000000017")).isEqualTo("6228********0017");
    }

    @Test
    void masksAShortNumberWhole() {
        assertThat(BankAccounts.mask("12345678")).isEqualTo("********");
    }
}
