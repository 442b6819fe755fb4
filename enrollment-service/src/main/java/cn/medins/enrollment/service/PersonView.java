package cn.medins.enrollment.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.coverage.Qualification;
import cn.medins.contracts.coverage.RemoteCareRegistration;
import cn.medins.contracts.coverage.Sex;
import cn.medins.contracts.partner.NeedyCategory;

/** A person as {@code GET /persons} shows them (API.md). */
public record PersonView(String insuredId, String idNumber, String birthCertificateNo, String name, Sex sex,
        LocalDate birthDate, List<Enrolment> enrolments, List<FamilyMember> family, List<Qualification> qualifications,
        List<RemoteCareRegistration> remoteCareRegistrations, Needy needy, List<Subsidy> contributions) {

    /**
     * @param relation MOTHER or FATHER of this person, or CHILD
     * @param insuredId the relative's insured id, {@code null} when the relative is not insured here
     */
    public record FamilyMember(String relation, String idNumber, String name, String insuredId) {
    }

    /** The needy-status projection: the categories in force today and every period assistance announced. */
    public record Needy(List<NeedyCategory> current, List<NeedyPeriodView> periods) {
    }

    public record NeedyPeriodView(NeedyCategory category, LocalDate validFrom, LocalDate validTo, String source) {
    }

    /** A premium subsidy recorded on the contribution of {@code year}. */
    public record Subsidy(int year, NeedyCategory category, BigDecimal ratio, BigDecimal amount, String decisionId) {
    }
}
