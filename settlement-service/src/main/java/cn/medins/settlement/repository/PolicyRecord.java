package cn.medins.settlement.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.medins.rest.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a region's policy: written once as a draft, its document never changed; activated at most once,
 * which puts it in force from {@code effectiveFrom}.
 */
@Entity
@Table(name = "policy")
public class PolicyRecord extends PanacheEntityBase {

    @Id
    @Column(name = "policy_id")
    public String policyId;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "policy_year")
    public int year;

    public String version;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    /** The policy document, in the format of the shipped files. */
    public String document;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "activation_seq")
    public Long activationSeq;

    @Column(name = "activated_by")
    public String activatedBy;

    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;

    /** When {@code PolicyActivated} was written to the outbox; {@code null} for a draft and until then. */
    @Column(name = "announced_at")
    public OffsetDateTime announcedAt;

    public static PolicyRecord draft(String policyId, String regionCode, int year, String version, LocalDate effectiveFrom,
            String document, String by, OffsetDateTime at) {
        PolicyRecord draft = new PolicyRecord();
        draft.policyId = policyId;
        draft.regionCode = regionCode;
        draft.year = year;
        draft.version = version;
        draft.effectiveFrom = effectiveFrom;
        draft.document = document;
        draft.createdBy = by;
        draft.createdAt = at;
        return draft;
    }

    /** Puts the draft in force; {@code sequence} orders it after every earlier activation. A version is activated once. */
    public void activate(long sequence, String by, OffsetDateTime at) {
        if (activationSeq != null) {
            throw ProblemException.conflict("policy-activated", "policy " + version + " was activated at " + activatedAt
                    + " by " + activatedBy + "; a change is a new draft");
        }
        this.activationSeq = sequence;
        this.activatedBy = by;
        this.activatedAt = at;
    }

    /** Records that {@code PolicyActivated} is on its way, in the transaction that wrote it to the outbox. */
    public void announced(OffsetDateTime at) {
        if (activationSeq == null) {
            throw new IllegalStateException("policy " + version + " is a draft: only an activated version is announced");
        }
        this.announcedAt = at;
    }

    /** The conflict of drafting another policy under this one's version label: a label names one policy. */
    public ProblemException versionTaken() {
        return ProblemException.conflict("policy-version-exists", "a policy labelled " + version
                + " exists already (" + policyId + "); give the draft a new version");
    }

    public boolean activated() {
        return activationSeq != null;
    }
}
