package cn.medins.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.medins.contracts.IdNumbers;

/** Valid, distinct 18-character ID numbers for synthetic persons: region, birth date, a sequence, the check digit. */
final class IdNumberFactory {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private IdNumberFactory() {
    }

    /** {@code sequence} picks both the birth date (one of ~36,000 days) and the 3-digit order code, so each is unique. */
    static String of(String region, LocalDate earliestBirth, int sequence) {
        LocalDate birth = earliestBirth.plusDays(sequence / 1000 % 36_500);
        String first17 = region + birth.format(BIRTH) + String.format("%03d", sequence % 1000);
        return first17 + IdNumbers.checkDigit(first17);
    }
}
