package cn.medins.contracts.partner;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code partner.hr.employment-events}: schema {@code partner/employment-event}. */
public record EmploymentEvent(
        String eventNo,
        Type type,
        String idNumber,
        LocalDate effectiveDate,
        String employerId,
        String regionCode,
        BigDecimal averageMonthlyWage) {

    public static final String SCHEMA = "partner/employment-event";

    public enum Type { HIRED, LEFT, RETIRED }

    public String businessKey() {
        return eventNo;
    }
}
