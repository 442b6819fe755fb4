package cn.medins.assistance.repository;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person civil affairs reported as needy, with the account assistance is paid to (never logged, masked when shown). */
@Entity
@Table(name = "needy_person")
public class NeedyPerson {

    @Id
    @Column(name = "id_number")
    public String idNumber;

    @Column(name = "region_code")
    public String regionCode;

    public String bank;

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
