package cn.medins.audit.repository;

import java.time.OffsetDateTime;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last grade announced for an institution: a new one is announced only when it differs. */
@Entity
@Table(name = "institution_grade")
public class InstitutionGrade {

    @Id
    @Column(name = "institution_id")
    public String institutionId;

    public String grade;

    @JdbcTypeCode(SqlTypes.JSON)
    public Reasons reasons;

    /** A JSON object because Hibernate Reactive maps a jsonb column to an object only. */
    public record Reasons(List<String> items) {
    }

    @Column(name = "graded_at")
    public OffsetDateTime gradedAt;

    /** An institution audit has not graded yet: its first grade is always announced. */
    public static InstitutionGrade ungraded(String institutionId) {
        InstitutionGrade grade = new InstitutionGrade();
        grade.institutionId = institutionId;
        return grade;
    }

    /** Takes the grade just assessed, if it differs from the one held: whether it changed (and is to be announced). */
    public boolean regrade(String label, List<String> why, OffsetDateTime at) {
        if (label.equals(grade)) {
            return false;
        }
        this.grade = label;
        this.reasons = new Reasons(why);
        this.gradedAt = at;
        return true;
    }
}
