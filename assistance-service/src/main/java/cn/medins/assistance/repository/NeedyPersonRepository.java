package cn.medins.assistance.repository;

import cn.medins.privacy.PersonalDataCipher;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NeedyPersonRepository implements PanacheRepositoryBase<NeedyPerson, String> {

    private final PersonalDataCipher cipher;

    NeedyPersonRepository(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public Uni<NeedyPerson> findByIdNumber(String idNumber) {
        return findById(cipher.seal(idNumber));
    }

    /** A new row for the person, keyed by the sealed ID number. */
    public NeedyPerson newFor(String idNumber) {
        NeedyPerson person = new NeedyPerson();
        person.sealedIdNumber = cipher.seal(idNumber);
        return person;
    }
}
