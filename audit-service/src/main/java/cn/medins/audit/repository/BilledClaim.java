package cn.medins.audit.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.medins.privacy.SealedColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A settled claim in the audit's history. */
@Entity
@Table(name = "billed_claim")
public class BilledClaim {

    @Id
    @Column(name = "settlement_id")
    public String settlementId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "insured_id")
    public String insuredId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    public String sex;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "institution_id")
    public String institutionId;

    @Column(name = "institution_level")
    public int institutionLevel;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "visit_type")
    public String visitType;

    @Column(name = "admission_date")
    public LocalDate admissionDate;

    @Column(name = "discharge_date")
    public LocalDate dischargeDate;

    @Column(name = "service_date")
    public LocalDate serviceDate;

    @Column(name = "principal_diagnosis")
    public String principalDiagnosis;

    public BigDecimal total;

    /** What the funds paid for the claim (total less the patient's share); {@code null} on rows older than V5. */
    @Column(name = "funds_paid")
    public BigDecimal fundsPaid;

    @JdbcTypeCode(SqlTypes.JSON)
    public BilledLine.Lines lines;

    @Column(name = "settled_at")
    public OffsetDateTime settledAt;

    public boolean reversed;
}
