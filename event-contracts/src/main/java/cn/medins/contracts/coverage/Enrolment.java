package cn.medins.contracts.coverage;

import java.time.LocalDate;

/**
 * One period of coverage. {@code validTo} is inclusive and {@code null} while open-ended; {@code source} names what
 * created it (a partner event id, a request, a benefit decision).
 */
public record Enrolment(String enrolmentId, Scheme scheme, Category category, String regionCode, EnrolmentStatus status,
        LocalDate validFrom, LocalDate validTo, String source) {

    public boolean covers(LocalDate date) {
        return status == EnrolmentStatus.ACTIVE && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
