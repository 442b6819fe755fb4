package cn.medins.settlement.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.BiFunction;

import cn.medins.rest.ProblemException;

/**
 * A day sent as text that must fall in a policy's year: a draft's {@code effectiveFrom} and a replay's period, both
 * refused the same way, naming the field, through the caller's own problem.
 */
final class PolicyYearDays {

    private PolicyYearDays() {
    }

    /** @param refusal builds the problem from the field and what is wrong with it */
    static LocalDate inYear(String field, String value, int year, BiFunction<String, String, ProblemException> refusal) {
        LocalDate date;
        try {
            date = value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            throw refusal.apply(field, "must be a date as yyyy-MM-dd");
        }
        if (date.getYear() != year) {
            // a version rates its own year only; its accumulators are that year's
            throw refusal.apply(field, "must fall in the policy's year " + year + ", was " + date);
        }
        return date;
    }
}
