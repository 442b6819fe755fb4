package cn.medins.enrollment.repository;

import java.time.LocalDate;

import cn.medins.contracts.coverage.RemoteCareKind;
import cn.medins.contracts.coverage.RemoteCareRegistration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "remote_care_registration")
public class RemoteCareRecord {

    @Id
    @Column(name = "registration_id")
    public String registrationId;

    @Column(name = "insured_id")
    public String insuredId;

    @Column(name = "target_region_code")
    public String targetRegionCode;

    @Enumerated(EnumType.STRING)
    public RemoteCareKind kind;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String source;

    public RemoteCareRegistration toRegistration() {
        return new RemoteCareRegistration(registrationId, targetRegionCode, kind, validFrom, validTo);
    }
}
