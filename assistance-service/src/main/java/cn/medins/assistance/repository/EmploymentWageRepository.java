package cn.medins.assistance.repository;

import cn.medins.privacy.PersonalDataCipher;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EmploymentWageRepository implements PanacheRepositoryBase<EmploymentWage, String> {

    private final PersonalDataCipher cipher;

    EmploymentWageRepository(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    public Uni<EmploymentWage> findByIdNumber(String idNumber) {
        return findById(cipher.seal(idNumber));
    }

    /** A new row for the person, keyed by the sealed ID number. */
    public EmploymentWage newFor(String idNumber) {
        EmploymentWage wage = new EmploymentWage();
        wage.sealedIdNumber = cipher.seal(idNumber);
        return wage;
    }
}
