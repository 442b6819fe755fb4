package cn.medins.assistance.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.medins.contracts.coverage.Category;
import cn.medins.contracts.coverage.Scheme;
import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The person as enrollment last announced them (replaced whole by every snapshot). */
@Entity
@Table(name = "insured_person")
public class InsuredPerson {

    @Id
    @Column(name = "insured_id")
    public String insuredId;

    @Convert(converter = SealedColumn.class)
    @Column(name = "id_number")
    public String idNumber;

    /** The name enrollment knows: a bank account's holder must be this person to be paid without review. */
    public String name;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    public Scheme scheme;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(name = "region_code")
    public String regionCode;

    /** Names of the chronic diseases the person is already qualified for, comma-separated. */
    public String qualifications;

    public boolean isQualifiedFor(String disease) {
        return qualifications != null && java.util.Arrays.asList(qualifications.split(",")).contains(disease);
    }

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
