package cn.medins.assistance.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import cn.medins.contracts.partner.NeedyCategory;

/**
 * One period of needy status of a person in one category. {@code validTo} is inclusive and {@code null} while
 * open-ended; a period revoked from its first day ends the day before it starts and so covers no date.
 *
 * @param id {@code null} for a period not stored yet
 */
public record NeedyPeriod(UUID id, NeedyCategory category, LocalDate validFrom, LocalDate validTo) {

    public NeedyPeriod {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Shares a day with, or directly continues, {@code from}..{@code to} ({@code to} null: open-ended). */
    boolean touches(LocalDate from, LocalDate to) {
        boolean startsInTime = to == null || !validFrom.isAfter(to.plusDays(1));
        boolean endsInTime = validTo == null || !validTo.plusDays(1).isBefore(from);
        return startsInTime && endsInTime;
    }
}
