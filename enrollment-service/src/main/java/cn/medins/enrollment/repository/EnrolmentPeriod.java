package cn.medins.enrollment.repository;

import java.time.LocalDate;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.EnrolmentStatus;
import cn.medins.contracts.coverage.Scheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One period of a person's coverage history, with the source that created it. */
@Entity
@Table(name = "enrolment")
public class EnrolmentPeriod {

    @Id
    @Column(name = "enrolment_id")
    public String enrolmentId;

    @Column(name = "insured_id")
    public String insuredId;

    @Enumerated(EnumType.STRING)
    public Scheme scheme;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public EnrolmentStatus status;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String source;

    public Enrolment toEnrolment() {
        return new Enrolment(enrolmentId, scheme, category, regionCode, status, validFrom, validTo, source);
    }
}
