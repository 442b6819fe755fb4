package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The employer's average monthly wage last reported for a person by human resources. */
@Entity
@Table(name = "employment_wage")
public class EmploymentWage {

    /** The ID number, sealed by EmploymentWageRepository: Hibernate converts no primary key. */
    @Id
    @Column(name = "id_number")
    public String sealedIdNumber;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "employer_id")
    public String employerId;

    @Column(name = "average_monthly_wage")
    public BigDecimal averageMonthlyWage;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
