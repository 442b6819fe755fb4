package cn.medins.settlement.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

import cn.medins.settlement.repository.PolicyRecord;

/**
 * One policy version as staff see it: {@code status} {@code DRAFT} or {@code ACTIVATED} (in force from
 * {@code effectiveFrom} unless a later activation for the same region and day superseded it), and the document itself.
 */
public record PolicyView(String policyId, String regionCode, int year, String version, LocalDate effectiveFrom, String status,
        String createdBy, OffsetDateTime createdAt, String activatedBy, OffsetDateTime activatedAt, @JsonRawValue String policy) {

    public static PolicyView of(PolicyRecord record) {
        return new PolicyView(record.policyId, record.regionCode, record.year, record.version, record.effectiveFrom,
                record.activated() ? "ACTIVATED" : "DRAFT", record.createdBy, record.createdAt, record.activatedBy,
                record.activatedAt, record.document);
    }
}
