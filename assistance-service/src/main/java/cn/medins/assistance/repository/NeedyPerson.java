package cn.medins.assistance.repository;

import java.time.OffsetDateTime;

import cn.medins.assistance.domain.AccountHolders;
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

    /** The name the registry first recorded for the person; later records do not change it. */
    public String name;

    /** An account offered for the person whose holder is not the person: kept apart, never paid, until reviewed. */
    @Column(name = "held_bank")
    public String heldBank;

    @Convert(converter = SealedColumn.class)
    @Column(name = "held_account_no")
    public String heldAccountNo;

    @Column(name = "held_holder")
    public String heldHolder;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean hasAccount() {
        return accountNo != null;
    }

    public boolean hasHeldAccount() {
        return heldAccountNo != null;
    }

    /** What became of an account a partner record offered. */
    public enum Offer { UNCHANGED, APPLIED, HELD }

    /**
     * A partner record offers an account. It replaces the one assistance is paid to only when its holder is the person
     * ({@code knownName}: enrollment's name, else the registry's first); otherwise it is held for township review and
     * the account in use stays as it was.
     */
    public Offer offerAccount(String bank, String accountNo, String holder, String knownName) {
        if (accountNo.equals(this.accountNo) && bank.equals(this.bank) && holder.equals(this.holder)) {
            return Offer.UNCHANGED;
        }
        if (AccountHolders.isThePerson(holder, knownName)) {
            use(bank, accountNo, holder);
            return Offer.APPLIED;
        }
        heldBank = bank;
        heldAccountNo = accountNo;
        heldHolder = holder;
        return Offer.HELD;
    }

    /** Township review approved the held account: it is the one assistance is paid to from now on. */
    public void releaseHeldAccount() {
        if (hasHeldAccount()) {
            use(heldBank, heldAccountNo, heldHolder);
        }
    }

    /** Township review rejected the held account. */
    public void discardHeldAccount() {
        heldBank = null;
        heldAccountNo = null;
        heldHolder = null;
    }

    private void use(String bank, String accountNo, String holder) {
        this.bank = bank;
        this.accountNo = accountNo;
        this.holder = holder;
        discardHeldAccount();
    }

    @Override
    public String toString() {
        return "NeedyPerson[regionCode=" + regionCode + ", hasAccount=" + hasAccount() + "]";
    }
}
