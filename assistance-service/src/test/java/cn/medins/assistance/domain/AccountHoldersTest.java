package cn.medins.assistance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountHoldersTest {

    @Test
    void theSameNameAsTheRegisterWritesItIsThePerson() {
        assertThat(AccountHolders.isThePerson("赵大勇", "赵大勇")).isTrue();
        assertThat(AccountHolders.isThePerson("赵 大勇", "赵大勇")).isTrue();
        assertThat(AccountHolders.isThePerson("买买提·艾力", "买买提艾力")).isTrue();
    }

    @Test
    void anotherNameOrAnUnknownPersonIsNot() {
        assertThat(AccountHolders.isThePerson("张三", "赵大勇")).isFalse();
        assertThat(AccountHolders.isThePerson("赵大", "赵大勇")).isFalse();
        assertThat(AccountHolders.isThePerson("赵大勇", null)).isFalse();
        assertThat(AccountHolders.isThePerson(null, "赵大勇")).isFalse();
        assertThat(AccountHolders.isThePerson(" ", " ")).isFalse();
    }
}
