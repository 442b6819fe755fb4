package cn.medins.enrollment.repository;

import java.time.LocalDate;

import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.Qualification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "qualification")
public class QualificationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "insured_id")
    public String insuredId;

    @Enumerated(EnumType.STRING)
    public ChronicDisease disease;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String source;

    public Qualification toQualification() {
        return new Qualification(disease, validFrom, validTo, source);
    }
}
