package cn.medins.trail;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the audit trail. Written only through {@link AuditTrail}, never changed. {@code subject} is what was
 * acted on (a settlement, flag or case id, {@code institutionId/yyyy-MM} for a clearing month); it never holds an ID
 * number, and neither does {@code detail}.
 */
@Entity
@Table(name = "staff_action")
public class StaffAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "action_id")
    public Long actionId;

    public String actor;

    public String action;

    public String subject;

    public String detail;

    @Column(name = "acted_at")
    public OffsetDateTime actedAt;
}
