package cn.medins.settlement.repository;

import cn.medins.privacy.PersonalDataCipher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InsuredPersonRepository implements PanacheRepositoryBase<InsuredPerson, String> {

    private final PersonalDataCipher cipher;

    InsuredPersonRepository(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public Uni<InsuredPerson> findByIdNumber(String idNumber) {
        return find("idNumber", idNumber).firstResult();
    }

    public Uni<InsuredPerson> findByBirthCertificate(String birthCertificateNo) {
        return find("birthCertificateNo", birthCertificateNo).firstResult();
    }

    /**
     * Replaces the person's projection with the snapshot, in one statement whatever was there before. Native SQL gets
     * no attribute conversion, so it seals the personal data itself, as {@link InsuredPerson}'s mapping would.
     */
    public Uni<Void> replace(String insuredId, String idNumber, String birthCertificateNo, String snapshotJson) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into insured_person (insured_id, id_number, birth_certificate_no, snapshot, updated_at)
                values (:insuredId, :idNumber, :certificate, :snapshot, now())
                on conflict (insured_id) do update set id_number = excluded.id_number,
                    birth_certificate_no = excluded.birth_certificate_no, snapshot = excluded.snapshot, updated_at = now()""")
                .setParameter("insuredId", insuredId)
                .setParameter("idNumber", cipher.seal(idNumber))
                .setParameter("certificate", birthCertificateNo)
                .setParameter("snapshot", cipher.seal(snapshotJson))
                .executeUpdate())
                .replaceWithVoid();
    }
}
