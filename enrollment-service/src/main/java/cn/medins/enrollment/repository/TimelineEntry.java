package cn.medins.enrollment.repository;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a person, with what caused it (a partner event id, a request, a benefit decision). */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "insured_id")
    public String insuredId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String kind;

    public String description;

    public String source;
}
