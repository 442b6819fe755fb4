package cn.medins.enrollment.repository;

import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A parent of an insured person, by the parent's ID number: the national identity outlives any enrolment, so the
 * link holds whether or not the parent is insured here, and no person is invented without coverage.
 */
@Entity
@Table(name = "family_link")
public class FamilyLink {

    public enum Relation { MOTHER, FATHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "insured_id")
    public String insuredId;

    @Enumerated(EnumType.STRING)
    public Relation relation;

    @Convert(converter = SealedColumn.class)
    @Column(name = "relative_id_number")
    public String relativeIdNumber;

    @Column(name = "relative_name")
    public String relativeName;

    public String source;
}
