package cn.medins.settlement.repository;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of the registry: who did what to which institution, and when. Never updated or deleted. */
@Entity
@Table(name = "institution_change")
public class InstitutionChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "change_id")
    public Long changeId;

    @Column(name = "institution_id")
    public String institutionId;

    public String action;

    public String detail;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    public static InstitutionChange of(InstitutionRecord institution, String action, String detail) {
        InstitutionChange change = new InstitutionChange();
        change.institutionId = institution.institutionId;
        change.action = action;
        change.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        change.changedBy = institution.changedBy;
        change.changedAt = institution.changedAt;
        return change;
    }
}
