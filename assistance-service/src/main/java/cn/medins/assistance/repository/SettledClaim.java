package cn.medins.assistance.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.medins.contracts.coverage.MaternityCaseType;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.contracts.coverage.VisitType;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A settled claim as the matchers need it; diagnoses kept as the JSON array of the event. */
@Entity
@Table(name = "settled_claim")
public class SettledClaim {

    @Id
    @Column(name = "settlement_id")
    public String settlementId;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "insured_id")
    public String insuredId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Enumerated(EnumType.STRING)
    public Scheme scheme;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "needy_category")
    public NeedyCategory needyCategory;

    @Column(name = "institution_level")
    public int institutionLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type")
    public VisitType visitType;

    @Column(name = "admission_date")
    public LocalDate admissionDate;

    @Column(name = "discharge_date")
    public LocalDate dischargeDate;

    @Column(name = "service_date")
    public LocalDate serviceDate;

    public String diagnoses;

    @Enumerated(EnumType.STRING)
    @Column(name = "maternity_case")
    public MaternityCaseType maternityCase;

    public Integer babies;

    @Column(name = "in_scope")
    public BigDecimal inScope;

    @Column(name = "basic_pool")
    public BigDecimal basicPool;

    @Column(name = "large_medical")
    public BigDecimal largeMedical;

    @Column(name = "critical_illness")
    public BigDecimal criticalIllness;

    public BigDecimal assistance;

    @Column(name = "settled_at")
    public OffsetDateTime settledAt;

    public boolean reversed;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "policy_version")
    public String policyVersion;

    /** The version whose figures the claim's maternity and re-assistance matchers wait for; {@code null} when none. */
    @Column(name = "awaiting_policy")
    public String awaitingPolicy;
}
