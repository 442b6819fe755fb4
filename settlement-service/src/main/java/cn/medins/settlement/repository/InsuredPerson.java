package cn.medins.settlement.repository;

import java.time.OffsetDateTime;

import cn.medins.privacy.SealedColumn;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The eligibility projection of one insured person: the last snapshot enrollment published, as JSON. */
@Entity
@Table(name = "insured_person")
public class InsuredPerson extends PanacheEntityBase {

    @Id
    @Column(name = "insured_id")
    public String insuredId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "birth_certificate_no")
    public String birthCertificateNo;

    @Convert(converter = SealedColumn.class)
    public String snapshot;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
