package cn.medins.messaging.outbox;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.medins.privacy.SealedBytes;
import cn.medins.privacy.SealedColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One record waiting in the outbox; written only through {@link Outbox}, read and marked sent by {@link OutboxRelay}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    public String topic;

    /** Partner topics and some events are keyed by ID number. */
    @Convert(converter = SealedColumn.class)
    @Column(name = "record_key")
    public String recordKey;

    @Column(name = "ce_type")
    public String ceType;

    @Column(name = "ce_source")
    public String ceSource;

    @Convert(converter = SealedColumn.class)
    @Column(name = "ce_subject")
    public String ceSubject;

    @Column(name = "ce_time")
    public OffsetDateTime ceTime;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> headers;

    @Convert(converter = SealedBytes.class)
    public byte[] payload;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
}
