package cn.medins.assistance.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.medins.contracts.partner.AssistanceStatusChange.Action;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A civil-affairs record as applied to a period: the source a caseworker sees for that period. */
@Entity
@Table(name = "needy_status_event")
public class NeedyStatusEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "period_id")
    public UUID periodId;

    @Enumerated(EnumType.STRING)
    public NeedyCategory category;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
