package cn.medins.contracts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** GB 11643 resident ID numbers: the birth date and the check digit, and the masked form that is the only one allowed in logs. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_DIGITS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private IdNumbers() {
    }

    public static boolean isValid(String idNumber) {
        if (idNumber == null || idNumber.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(idNumber.charAt(i)) || idNumber.charAt(i) > '9') {
                return false;
            }
        }
        return birthDate(idNumber).isPresent() && idNumber.charAt(17) == checkDigit(idNumber.substring(0, 17));
    }

    /**
     * What is wrong with an ID number, in the words every service uses ({@code is required}, {@code does not contain a
     * valid birth date}, {@code is not a valid 18-character ID number ...}); empty for a valid one.
     */
    public static Optional<String> problem(String idNumber) {
        if (idNumber == null) {
            return Optional.of("is required");
        }
        if (isValid(idNumber)) {
            return Optional.empty();
        }
        return Optional.of(idNumber.length() == 18 && idNumber.substring(0, 17).chars().allMatch(Character::isDigit)
                && birthDate(idNumber).isEmpty()
                ? "does not contain a valid birth date"
                : "is not a valid 18-character ID number (17 digits and the check digit)");
    }

    /** A partner record's refusal, as a dead-letter reason names it: the field, the number masked, and the problem. */
    public static Optional<String> refusal(String field, String idNumber) {
        return problem(idNumber).map(problem -> "field " + field + ": " + (idNumber == null ? "" : mask(idNumber) + " ") + problem);
    }

    /** Digits 7 to 14 are the birth date; a number whose date does not exist was never issued. */
    public static Optional<LocalDate> birthDate(String idNumber) {
        if (idNumber == null || idNumber.length() != 18) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(idNumber.substring(6, 14), BIRTH_DATE);
            return date.isBefore(EARLIEST_BIRTH_DATE) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The check digit for the first 17 digits. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_DIGITS[sum % 11];
    }

    /** {@code 371602199001011221} becomes {@code 371602********1221}; anything else is masked whole. */
    public static String mask(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() != 18) {
            return "*".repeat(Math.min(idNumber.length(), 18));
        }
        return idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    }
}
