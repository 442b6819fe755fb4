package cn.medins.enrollment.it;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import cn.medins.contracts.IdNumbers;

/** Valid, distinct ID numbers and certificate numbers for the tests of one JVM. */
final class TestIds {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(400));
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000);

    private TestIds() {
    }

    static String idNumber(LocalDate birthDate, boolean male) {
        int sequence = (SEQUENCE.getAndIncrement() % 500) * 2 + (male ? 1 : 0);
        String first17 = "371602" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
        return first17 + IdNumbers.checkDigit(first17);
    }

    static String adult(boolean male) {
        return idNumber(LocalDate.of(1990, 1, 1).plusDays(SEQUENCE.get() % 3000), male);
    }

    /** The ID number with its check digit wrong. */
    static String withWrongCheckDigit(String idNumber) {
        char wrong = idNumber.charAt(17) == '0' ? '1' : '0';
        return idNumber.substring(0, 17) + wrong;
    }

    static String certificateNo() {
        return "Q" + RUN + "-" + SEQUENCE.getAndIncrement();
    }
}
