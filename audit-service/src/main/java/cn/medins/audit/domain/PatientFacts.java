package cn.medins.audit.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

import cn.medins.contracts.coverage.Sex;

/** Sex and birth date of the patient, each {@code null} when unknown; rules that need them skip a claim without them. */
public record PatientFacts(Sex sex, LocalDate birthDate) {

    public static final PatientFacts UNKNOWN = new PatientFacts(null, null);

    /**
     * What a resident ID number itself says (GB 11643: birth date in digits 7-14, odd 17th digit for a man), so the
     * counter's pre-check can judge sex and age before the person was ever settled here.
     */
    public static PatientFacts fromIdNumber(String idNumber) {
        if (idNumber == null || idNumber.length() != 18) {
            return UNKNOWN;
        }
        try {
            LocalDate birthDate = LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
            Sex sex = (idNumber.charAt(16) - '0') % 2 == 1 ? Sex.M : Sex.F;
            return new PatientFacts(sex, birthDate);
        } catch (NumberFormatException | DateTimeException e) {
            return UNKNOWN;
        }
    }

    /** Age in whole years on the date, or {@code null} without a birth date. */
    public Integer ageOn(LocalDate date) {
        return birthDate == null ? null : Period.between(birthDate, date).getYears();
    }
}
