package cn.medins.contracts.enrollment;

import java.time.LocalDate;
import java.util.List;

import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.Qualification;
import cn.medins.contracts.coverage.RemoteCareRegistration;
import cn.medins.contracts.coverage.Sex;

/**
 * The person as enrollment knows them after the change an event announces. Every enrollment event carries it whole,
 * so a consumer's projection is a replacement, never a merge, and a missed intermediate event cannot leave it wrong.
 *
 * @param idNumber {@code null} for a newborn not yet registered by public security
 * @param birthCertificateNo set for a person enrolled from a birth certificate
 * @param enrolments the coverage history, oldest first
 */
public record PersonSnapshot(String insuredId, String idNumber, String birthCertificateNo, String name, Sex sex,
        LocalDate birthDate, List<Enrolment> enrolments, List<Qualification> qualifications,
        List<RemoteCareRegistration> remoteCareRegistrations) {
}
