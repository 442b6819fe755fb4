package cn.medins.audit.repository;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Claims and their total for one diagnosis category at one institution; written only by upsert. */
@Entity
@Table(name = "diagnosis_cost")
@IdClass(DiagnosisCost.Key.class)
public class DiagnosisCost {

    @Id
    @Column(name = "diagnosis_category")
    public String diagnosisCategory;

    @Id
    @Column(name = "institution_level")
    public int institutionLevel;

    @Id
    @Column(name = "institution_id")
    public String institutionId;

    @Column(name = "claim_count")
    public long claimCount;

    public BigDecimal total;

    public record Key(String diagnosisCategory, int institutionLevel, String institutionId) implements Serializable {
    }
}
