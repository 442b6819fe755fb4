package cn.medins.enrollment.repository;

import java.math.BigDecimal;

import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A premium subsidy recorded on a person's contribution for a year, once per assistance decision. */
@Entity
@Table(name = "contribution_subsidy")
public class ContributionSubsidy {

    @Id
    @Column(name = "decision_id")
    public String decisionId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "contribution_year")
    public int year;

    @Enumerated(EnumType.STRING)
    public NeedyCategory category;

    public BigDecimal ratio;

    public BigDecimal amount;

    public String source;
}
