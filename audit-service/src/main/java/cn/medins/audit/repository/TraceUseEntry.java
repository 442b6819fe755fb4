package cn.medins.audit.repository;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One billing of a traceability code in the ledger. */
@Entity
@Table(name = "trace_use")
public class TraceUseEntry extends TraceBilling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "billed_at")
    public OffsetDateTime billedAt;

    public boolean reversed;
}
