package cn.medins.settlement.service;

import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.contracts.partner.NeedyCategory;
import cn.medins.contracts.settlement.SettlementEvents.Patient;
import cn.medins.settlement.domain.Insured;

/** A person covered on the date of service, with the enrolment and needy status that decide the settlement. */
record Eligible(PersonSnapshot person, Enrolment enrolment, NeedyCategory needy, Insured insured) {

    String insuredId() {
        return person.insuredId();
    }

    Patient patient() {
        return new Patient(person.insuredId(), person.idNumber(), person.sex(), person.birthDate(), enrolment.scheme(),
                enrolment.category(), enrolment.regionCode(), needy);
    }
}
