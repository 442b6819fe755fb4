package cn.medins.assistance.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import cn.medins.contracts.IdNumbers;

/**
 * Fresh, valid ID numbers and insured ids, so that the tests of one run never see each other's people. The order code
 * of an ID number counts up per birth date: random ones collided often enough across a run's test classes, which
 * share one database, to make a person's claims show up in another test.
 */
final class TestPeople {

    private static final Map<String, AtomicInteger> ORDER_CODES = new ConcurrentHashMap<>();

    private TestPeople() {
    }

    static String idNumber(String birthDate) {
        String first17 = "371602" + birthDate.replace("-", "")
                + String.format("%03d", ORDER_CODES.computeIfAbsent(birthDate, date -> new AtomicInteger()).getAndIncrement());
        return first17 + IdNumbers.checkDigit(first17);
    }

    static String idNumber() {
        return idNumber("1965-05-05");
    }

    static String withWrongCheckDigit(String idNumber) {
        char wrong = idNumber.charAt(17) == '1' ? '2' : '1';
        return idNumber.substring(0, 17) + wrong;
    }

    static String insuredId() {
        return "P" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }
}
