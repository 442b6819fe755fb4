package cn.medins.assistance.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.assistance.domain.NeedyPeriod;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "needy_period")
public class NeedyPeriodEntity {

    @Id
    public UUID id;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Enumerated(EnumType.STRING)
    public NeedyCategory category;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public NeedyPeriod toPeriod() {
        return new NeedyPeriod(id, category, validFrom, validTo);
    }
}
