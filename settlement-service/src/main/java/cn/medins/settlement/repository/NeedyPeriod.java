package cn.medins.settlement.repository;

import java.time.LocalDate;

import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.privacy.SealedColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One period of needy status, as assistance announced it; {@code validTo} inclusive, {@code null} while open. */
@Entity
@Table(name = "needy_period")
public class NeedyPeriod extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "insured_id")
    public String insuredId;

    @Enumerated(EnumType.STRING)
    public NeedyCategory category;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}
