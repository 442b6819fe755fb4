package cn.medins.assistance.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.medins.contracts.partner.NeedyCategory;

/**
 * How a civil-affairs record changes a person's periods of one category.
 *
 * <p>A grant that touches an existing period extends it (the union of both); otherwise it opens a new one.
 * A revocation ends the period still running on the end date: at the record's {@code validTo} when given, else the
 * day before the record's {@code validFrom} (the revocation takes effect from {@code validFrom}). Ending never
 * reaches back before the period's start; a period revoked from its first day covers no date.
 */
public final class NeedyPeriods {

    private NeedyPeriods() {
    }

    /** The period after the grant: an existing one extended (same id) or a new one (id {@code null}). */
    public static NeedyPeriod grant(List<NeedyPeriod> periods, NeedyCategory category, LocalDate validFrom, LocalDate validTo) {
        return periods.stream()
                .filter(period -> period.category() == category && period.touches(validFrom, validTo))
                .findFirst()
                .map(existing -> new NeedyPeriod(existing.id(), category, earlier(existing.validFrom(), validFrom),
                        laterOrOpen(existing.validTo(), validTo)))
                .orElseGet(() -> new NeedyPeriod(null, category, validFrom, validTo));
    }

    /** The period after the revocation, or empty when no period of the category is running on the end date. */
    public static Optional<NeedyPeriod> revoke(List<NeedyPeriod> periods, NeedyCategory category, LocalDate validFrom,
            LocalDate validTo) {
        LocalDate end = validTo != null ? validTo : validFrom.minusDays(1);
        return periods.stream()
                .filter(period -> period.category() == category)
                .filter(period -> !period.validFrom().isAfter(validFrom))
                .filter(period -> period.validTo() == null || !period.validTo().isBefore(end))
                .max(Comparator.comparing(NeedyPeriod::validFrom))
                .map(period -> new NeedyPeriod(period.id(), category, period.validFrom(),
                        end.isBefore(period.validFrom()) ? period.validFrom().minusDays(1) : end));
    }

    /** The category the person is needy in on the date, if any (the first granted when several overlap). */
    public static Optional<NeedyCategory> categoryOn(List<NeedyPeriod> periods, LocalDate date) {
        return periodOn(periods, date).map(NeedyPeriod::category);
    }

    /** The period the person is needy in on the date, if any (the first granted when several overlap). */
    public static Optional<NeedyPeriod> periodOn(List<NeedyPeriod> periods, LocalDate date) {
        return periods.stream()
                .filter(period -> period.covers(date))
                .min(Comparator.comparing(NeedyPeriod::validFrom));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate laterOrOpen(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isAfter(b) ? a : b;
    }
}
