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

    /** The period as the latest grant of its category says: who, and from when until when ({@code null}: open). */
    public void granted(String idNumber, String insuredId, NeedyCategory category, LocalDate validFrom, LocalDate validTo) {
        this.idNumber = idNumber;
        this.insuredId = insuredId;
        this.category = category;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /**
     * A revocation ending on {@code end} ends the period then, if the period had begun by the day after and was still
     * running; a later grant of the category stands. Whether it ended it.
     */
    public boolean revokedOn(LocalDate end) {
        if (validFrom.isAfter(end.plusDays(1)) || validTo != null && !validTo.isAfter(end)) {
            return false;
        }
        validTo = end;
        return true;
    }
}
