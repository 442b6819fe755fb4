package cn.medins.assistance.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.assistance.domain.CaseStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reviewer's decision at one stage of a case. */
@Entity
@Table(name = "case_review")
public class CaseReview {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public CaseStatus stage;

    public String decision;

    public String note;

    public String reviewer;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
}
