package cn.medins.enrollment.repository;

import cn.medins.persistence.AdvisoryLocks;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, String> {

    /** A new agency-assigned insured id: {@code P} and 12 digits, from a sequence, so it says nothing about the person. */
    public Uni<String> nextInsuredId() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select nextval('insured_number_seq')", Long.class).getSingleResult())
                .map(number -> "P%012d".formatted(number));
    }

    /** Every change of a person locks its row first, so that one person's changes and their events never interleave. */
    public Uni<Person> lockedById(String insuredId) {
        return findById(insuredId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Person> lockedByIdNumber(String idNumber) {
        return find("idNumber", idNumber).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Person> lockedByBirthCertificateNo(String certificateNo) {
        return find("birthCertificateNo", certificateNo).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Person> byIdNumber(String idNumber) {
        return find("idNumber", idNumber).firstResult();
    }

    public Uni<Person> byBirthCertificateNo(String certificateNo) {
        return find("birthCertificateNo", certificateNo).firstResult();
    }

    /**
     * Serialises the work on one key (e.g. a birth certificate number) until the transaction ends, for facts that
     * arrive on different partitions and may concern a person whose row does not exist yet.
     */
    public Uni<Void> lockKey(String key) {
        return AdvisoryLocks.lockUntilCommit("enrollment-person", key);
    }
}
