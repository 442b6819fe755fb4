package cn.medins.audit.repository;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Where a pack was billed: the columns the ledger of codes and the ledger of drug identifiers share. */
@MappedSuperclass
public abstract class TraceBilling {

    @Column(name = "trace_code")
    public String traceCode;

    @Column(name = "settlement_id")
    public String settlementId;

    @Column(name = "institution_id")
    public String institutionId;

    @Column(name = "item_code")
    public String itemCode;

    @Column(name = "service_date")
    public LocalDate serviceDate;
}
