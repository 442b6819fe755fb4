package cn.medins.enrollment.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.enrollment.domain.CoverageHistory;
import cn.medins.enrollment.repository.EnrolmentPeriod;
import cn.medins.enrollment.repository.Person;
import cn.medins.enrollment.repository.QualificationRecord;
import cn.medins.enrollment.repository.RemoteCareRecord;

/**
 * A person with everything an enrollment event announces, loaded (and locked) at the start of a change and kept
 * current in memory by the change, so that the snapshot it publishes is exactly what the transaction commits.
 */
public final class InsuredRecord {

    private final Person person;
    private final List<EnrolmentPeriod> enrolments;
    private final List<QualificationRecord> qualifications;
    private final List<RemoteCareRecord> remoteCare;

    InsuredRecord(Person person, List<EnrolmentPeriod> enrolments, List<QualificationRecord> qualifications,
            List<RemoteCareRecord> remoteCare) {
        this.person = person;
        this.enrolments = new ArrayList<>(enrolments);
        this.qualifications = new ArrayList<>(qualifications);
        this.remoteCare = new ArrayList<>(remoteCare);
    }

    public Person person() {
        return person;
    }

    public String insuredId() {
        return person.insuredId;
    }

    List<EnrolmentPeriod> enrolments() {
        return enrolments;
    }

    List<QualificationRecord> qualifications() {
        return qualifications;
    }

    void add(EnrolmentPeriod enrolment) {
        enrolments.add(enrolment);
    }

    void add(QualificationRecord qualification) {
        qualifications.add(qualification);
    }

    void add(RemoteCareRecord registration) {
        remoteCare.add(registration);
    }

    public CoverageHistory history() {
        return new CoverageHistory(enrolments.stream().map(EnrolmentPeriod::toEnrolment).toList());
    }

    public PersonSnapshot snapshot() {
        return new PersonSnapshot(person.insuredId, person.idNumber, person.birthCertificateNo, person.name, person.sex,
                person.birthDate, history().enrolments(),
                qualifications.stream().map(QualificationRecord::toQualification).toList(),
                remoteCare.stream().map(RemoteCareRecord::toRegistration)
                        .sorted(Comparator.comparing(registration -> registration.validFrom())).toList());
    }
}
