package cn.medins.assistance.repository;

import java.time.OffsetDateTime;

import cn.medins.privacy.SealedColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person civil affairs reported as needy, with the account assistance is paid to (never logged, masked when shown). */
@Entity
@Table(name = "needy_person")
public class NeedyPerson {

    /** The ID number, sealed by NeedyPersonRepository: Hibernate converts no primary key. */
    @Id
    @Column(name = "id_number")
    public String sealedIdNumber;

    @Column(name = "region_code")
    public String regionCode;

    public String bank;

    @Convert(converter = SealedColumn.class)
    @Column(name = "account_no")
    public String accountNo;

    public String holder;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean hasAccount() {
        return accountNo != null;
    }

    @Override
    public String toString() {
        return "NeedyPerson[regionCode=" + regionCode + ", hasAccount=" + hasAccount() + "]";
    }
}
