package cn.medins.assistance.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One activated policy version as settlement announced it: when it is in force and the figures the matchers apply. */
@Entity
@Table(name = "policy_figures")
public class PolicyFiguresRecord {

    @Id
    @Column(name = "policy_id")
    public String policyId;

    public String version;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "policy_year")
    public int year;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    public long activation;

    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;

    /** The event's {@code assistance} object, as JSON. */
    public String figures;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
