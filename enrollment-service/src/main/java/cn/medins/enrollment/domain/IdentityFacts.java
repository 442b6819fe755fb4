package cn.medins.enrollment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import cn.medins.contracts.IdNumbers;
import cn.medins.contracts.coverage.Sex;

/** What a GB 11643 ID number itself says: the birth date (digits 7-14) and the sex (digit 17, odd for men). */
public final class IdentityFacts {

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdentityFacts() {
    }

    /** @return why the ID number is not acceptable, or empty when it is */
    public static Optional<String> problem(String idNumber) {
        if (idNumber == null) {
            return Optional.of("is required");
        }
        if (!IdNumbers.isValid(idNumber)) {
            return Optional.of("is not a valid 18-character ID number (17 digits and the check digit)");
        }
        try {
            LocalDate.parse(idNumber.substring(6, 14), BIRTH_DATE);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("does not contain a valid birth date");
        }
    }

    public static LocalDate birthDate(String idNumber) {
        return LocalDate.parse(idNumber.substring(6, 14), BIRTH_DATE);
    }

    public static Sex sex(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1 ? Sex.M : Sex.F;
    }
}
