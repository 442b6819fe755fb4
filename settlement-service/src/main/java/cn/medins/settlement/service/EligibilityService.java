package cn.medins.settlement.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.medins.contracts.claim.ClaimRequest;
import cn.medins.contracts.coverage.ChronicDisease;
import cn.medins.contracts.coverage.Enrolment;
import cn.medins.contracts.enrollment.PersonSnapshot;
import cn.medins.rest.FieldError;
import cn.medins.rest.ProblemException;
import cn.medins.settlement.domain.Insured;
import cn.medins.settlement.repository.InsuredPerson;
import cn.medins.settlement.repository.InsuredPersonRepository;
import cn.medins.settlement.repository.NeedyPeriodRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Who a claim is for and how they are covered on its date of service, from the local projections only. */
@ApplicationScoped
public class EligibilityService {

    private final InsuredPersonRepository persons;
    private final NeedyPeriodRepository needyPeriods;
    private final InboundJson json;

    public EligibilityService(InsuredPersonRepository persons, NeedyPeriodRepository needyPeriods, InboundJson json) {
        this.persons = persons;
        this.needyPeriods = needyPeriods;
        this.json = json;
    }

    Uni<Eligible> of(ClaimRequest claim) {
        LocalDate date = claim.serviceDate();
        return find(claim).chain(row -> {
            if (row == null) {
                throw notCovered(identifyingField(claim), "no insured person is known by this identifier");
            }
            PersonSnapshot person = json.snapshot(row.snapshot);
            Enrolment enrolment = nullSafe(person.enrolments()).stream().filter(e -> e.covers(date)).findFirst()
                    .orElseThrow(() -> notCovered(claim.dischargeDate() != null ? "$.dischargeDate" : "$.admissionDate",
                            "the person has no active coverage on the date of service " + date));
            return needyPeriods.categoryOn(person.idNumber(), person.insuredId(), date)
                    .map(needy -> new Eligible(person, enrolment, needy, new Insured(enrolment.category(), enrolment.regionCode(),
                            needy, qualifications(person, date), registered(person, claim.institutionRegionCode(), date))));
        });
    }

    /**
     * The person as insured on {@code date}, for figures that depend on their scheme and needy status outside a claim;
     * {@code null} when the person is unknown or not covered that day.
     */
    Uni<Insured> insuredOn(String insuredId, LocalDate date) {
        return persons.findById(insuredId).chain(row -> {
            if (row == null) {
                return Uni.createFrom().nullItem();
            }
            PersonSnapshot person = json.snapshot(row.snapshot);
            Enrolment enrolment = nullSafe(person.enrolments()).stream().filter(e -> e.covers(date)).findFirst().orElse(null);
            if (enrolment == null) {
                return Uni.createFrom().nullItem();
            }
            return needyPeriods.categoryOn(person.idNumber(), person.insuredId(), date)
                    .map(needy -> new Insured(enrolment.category(), enrolment.regionCode(), needy, qualifications(person, date), false));
        });
    }

    private Uni<InsuredPerson> find(ClaimRequest claim) {
        if (claim.insuredId() != null) {
            return persons.findById(claim.insuredId());
        }
        if (claim.idNumber() != null) {
            return persons.findByIdNumber(claim.idNumber());
        }
        if (claim.birthCertificateNo() != null) {
            return persons.findByBirthCertificate(claim.birthCertificateNo());
        }
        throw ProblemException.unprocessable("person-not-identified", "idNumber, insuredId or birthCertificateNo identifies the person",
                new FieldError("$.idNumber", "idNumber, insuredId or birthCertificateNo is required"));
    }

    private static String identifyingField(ClaimRequest claim) {
        return claim.insuredId() != null ? "$.insuredId" : claim.idNumber() != null ? "$.idNumber" : "$.birthCertificateNo";
    }

    private static ProblemException notCovered(String field, String message) {
        return ProblemException.unprocessable("not-covered", "the person is not covered on the date of service: " + message,
                new FieldError(field, message));
    }

    private static Set<ChronicDisease> qualifications(PersonSnapshot person, LocalDate date) {
        return nullSafe(person.qualifications()).stream().filter(q -> q.validOn(date)).map(q -> q.disease()).collect(Collectors.toSet());
    }

    private static boolean registered(PersonSnapshot person, String institutionRegion, LocalDate date) {
        return nullSafe(person.remoteCareRegistrations()).stream().anyMatch(r -> r.covers(institutionRegion, date));
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
