package cn.medins.enrollment.domain;

import java.time.LocalDate;
import java.util.Optional;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.coverage.Sex;

/** What a GB 11643 ID number itself says: the birth date (digits 7-14) and the sex (digit 17, odd for men). */
public final class IdentityFacts {

    private IdentityFacts() {
    }

    /** @return why the ID number is not acceptable, or empty when it is */
    public static Optional<String> problem(String idNumber) {
        return IdNumbers.problem(idNumber);
    }

    public static LocalDate birthDate(String idNumber) {
        return IdNumbers.birthDate(idNumber).orElseThrow(() -> new IllegalArgumentException("no birth date in the ID number"));
    }

    public static Sex sex(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1 ? Sex.M : Sex.F;
    }
}
