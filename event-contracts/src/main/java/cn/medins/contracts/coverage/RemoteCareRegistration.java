package cn.medins.contracts.coverage;

import java.time.LocalDate;

/** 异地就医备案: care in {@code targetRegionCode} at the full remote ratio within the validity. */
public record RemoteCareRegistration(String registrationId, String targetRegionCode, RemoteCareKind kind,
        LocalDate validFrom, LocalDate validTo) {

    public boolean covers(String regionCode, LocalDate date) {
        return targetRegionCode.equals(regionCode) && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
