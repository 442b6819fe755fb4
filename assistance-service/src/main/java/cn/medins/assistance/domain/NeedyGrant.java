package cn.medins.assistance.domain;

import java.time.LocalDate;

import cn.medins.contracts.partner.NeedyCategory;

/** A needy period as it stands after a grant, and the civil-affairs record that granted it. */
public record NeedyGrant(String eventId, String idNumber, NeedyCategory category, LocalDate validFrom, LocalDate validTo) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
