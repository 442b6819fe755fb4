package cn.medins.settlement.repository;

import java.time.OffsetDateTime;

import cn.medins.rest.ProblemException;
import cn.medins.settlement.domain.RegisteredInstitution;
import cn.medins.settlement.domain.RegisteredInstitution.Status;
import cn.medins.settlement.domain.RegisteredInstitution.Type;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One institution of the registry. It changes only through its own methods, each of which says who made the change;
 * the service records the change beside it ({@link InstitutionChange}).
 */
@Entity
@Table(name = "institution")
public class InstitutionRecord extends PanacheEntityBase {

    @Id
    @Column(name = "institution_id")
    public String institutionId;

    public String name;

    @Enumerated(EnumType.STRING)
    public Type type;

    public int level;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "credit_grade")
    public String creditGrade;

    @Column(name = "graded_at")
    public OffsetDateTime gradedAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Version
    public long version;

    public static InstitutionRecord register(String institutionId, String name, Type type, int level, String regionCode, String by,
            OffsetDateTime at) {
        InstitutionRecord institution = new InstitutionRecord();
        institution.institutionId = institutionId;
        institution.status = Status.ACTIVE;
        institution.describe(name, type, level, regionCode, by, at);
        return institution;
    }

    /** New registry facts for the institution: name, type, level and region. A terminated agreement stays as it ended. */
    public void describe(String name, Type type, int level, String regionCode, String by, OffsetDateTime at) {
        if (status == Status.TERMINATED) {
            throw ProblemException.conflict("institution-terminated", institutionId + "'s agreement was terminated; register it anew");
        }
        this.name = name;
        this.type = type;
        this.level = level;
        this.regionCode = regionCode;
        changed(by, at);
    }

    /**
     * Suspends, reinstates or terminates the agreement. Termination is final; a suspended or active institution may
     * move to any other status.
     */
    public void changeStatus(Status to, String reason, String by, OffsetDateTime at) {
        if (status == Status.TERMINATED && to != Status.TERMINATED) {
            throw ProblemException.conflict("institution-terminated", institutionId + "'s agreement was terminated and cannot be "
                    + (to == Status.ACTIVE ? "reinstated" : "suspended"));
        }
        this.status = to;
        this.statusReason = reason;
        changed(by, at);
    }

    /** Audit's latest grade; an older grade arriving late does not replace a newer one. */
    public boolean grade(String grade, OffsetDateTime at) {
        if (gradedAt != null && at != null && !at.isAfter(gradedAt)) {
            return false;
        }
        this.creditGrade = grade;
        this.gradedAt = at;
        return true;
    }

    public RegisteredInstitution registered() {
        return new RegisteredInstitution(institutionId, type, level, regionCode, status);
    }

    private void changed(String by, OffsetDateTime at) {
        this.changedBy = by;
        this.changedAt = at;
    }
}
