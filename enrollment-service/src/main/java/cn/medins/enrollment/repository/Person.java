package cn.medins.enrollment.repository;

import java.time.LocalDate;

import cn.medins.contracts.coverage.Sex;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An insured person; {@code idNumber} stays null for a newborn until public security registers one. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @Column(name = "insured_id")
    public String insuredId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "birth_certificate_no")
    public String birthCertificateNo;

    public String name;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Override
    public String toString() {
        return "Person[" + insuredId + "]";
    }
}
