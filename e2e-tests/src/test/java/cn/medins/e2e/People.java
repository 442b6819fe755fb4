package cn.medins.e2e;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.medins.contracts.IdNumbers;

/** Valid, distinct identities for the tests of one run; the suite's data outlives no run, so a counter suffices. */
final class People {

    /** Adults are numbered through this one, people of a chosen birth date through the other. */
    private static final AtomicInteger ADULTS = new AtomicInteger();
    private static final AtomicInteger OF_CHOSEN_DATE = new AtomicInteger();
    private static final LocalDate FIRST_ADULT_BIRTH_DATE = LocalDate.of(1970, 1, 1);

    private People() {
    }

    /** Distinct for the first thousand people of each birth date; no test chooses a date of 1970 or 1971. */
    static String idNumber(LocalDate birthDate) {
        return idNumber(birthDate, OF_CHOSEN_DATE.getAndIncrement() % 1000);
    }

    /** The seventeenth digit is even for a woman. */
    static String woman(LocalDate birthDate) {
        int sequence = OF_CHOSEN_DATE.getAndIncrement() % 1000;
        return idNumber(birthDate, sequence % 2 == 0 ? sequence : OF_CHOSEN_DATE.getAndIncrement() % 1000);
    }

    static String adult() {
        int n = ADULTS.getAndIncrement();
        return idNumber(FIRST_ADULT_BIRTH_DATE.plusDays(n / 1000), n % 1000);
    }

    private static String idNumber(LocalDate birthDate, int sequence) {
        String first17 = "371602" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + IdNumbers.checkDigit(first17);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
