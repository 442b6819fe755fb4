package cn.medins.enrollment.repository;

import java.time.LocalDate;

import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A household registration that came before its birth certificate; the certificate's arrival links and removes it. */
@Entity
@Table(name = "pending_registration")
public class PendingRegistration {

    @Id
    @Column(name = "certificate_no")
    public String certificateNo;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    public String name;

    @Column(name = "registered_at")
    public LocalDate registeredAt;

    @Column(name = "region_code")
    public String regionCode;

    public String source;
}
