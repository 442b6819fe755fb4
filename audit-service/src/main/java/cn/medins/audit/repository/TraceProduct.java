package cn.medins.audit.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The first billing of a drug identifier; written once, by upsert, never changed. */
@Entity
@Table(name = "trace_product")
public class TraceProduct extends TraceBilling {

    @Id
    public String product;
}
