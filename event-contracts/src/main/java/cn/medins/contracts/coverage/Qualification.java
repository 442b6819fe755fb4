package cn.medins.contracts.coverage;

import java.time.LocalDate;

/** A chronic-disease qualification: it opens the chronic outpatient benefit for that disease from {@code validFrom}. */
public record Qualification(ChronicDisease disease, LocalDate validFrom, LocalDate validTo, String source) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
