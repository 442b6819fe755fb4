package cn.medins.assistance.service;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.repository.SettledClaim;
import cn.medins.assistance.repository.SettledClaimRepository;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The settlement projection: each settled claim once (by settlement id), marked when reversed. */
@ApplicationScoped
public class ClaimProjection {

    private static final TypeReference<List<Diagnosis>> DIAGNOSES = new TypeReference<>() {
    };

    private final SettledClaimRepository claims;
    private final InsuredDirectory directory;
    private final ObjectMapper mapper;

    public ClaimProjection(SettledClaimRepository claims, InsuredDirectory directory, ObjectMapper mapper) {
        this.claims = claims;
        this.directory = directory;
        this.mapper = mapper;
    }

    /** Records the claim (a repeat of a settlement already recorded keeps the first) and returns its facts. */
    public Uni<ClaimFacts> record(String eventId, ClaimSettled event) {
        return claims.findById(event.settlementId()).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(toFacts(found));
            }
            return idNumberOf(event).call(PersonLock::hold).chain(idNumber -> {
                SettledClaim claim = fromEvent(eventId, event, idNumber);
                return claims.persist(claim).map(this::toFacts);
            });
        });
    }

    public Uni<Void> reverse(SettlementReversed event) {
        return claims.findById(event.settlementId()).invoke(found -> {
            if (found != null) {
                found.reversed = true;
            }
        }).replaceWithVoid();
    }

    public Uni<List<ClaimFacts>> ofPerson(String insuredId, String idNumber, LocalDate from, LocalDate to) {
        return claims.ofPerson(insuredId, idNumber, from, to).map(found -> found.stream().map(this::toFacts).toList());
    }

    private Uni<String> idNumberOf(ClaimSettled event) {
        if (event.patient().idNumber() != null) {
            return Uni.createFrom().item(event.patient().idNumber());
        }
        return directory.byInsuredId(event.patient().insuredId()).map(person -> person == null ? null : person.idNumber);
    }

    private SettledClaim fromEvent(String eventId, ClaimSettled event, String idNumber) {
        SettledClaim claim = new SettledClaim();
        claim.settlementId = event.settlementId();
        claim.eventId = eventId;
        claim.insuredId = event.patient().insuredId();
        claim.idNumber = idNumber;
        claim.scheme = event.patient().scheme();
        claim.birthDate = event.patient().birthDate();
        claim.needyCategory = event.patient().needyCategory();
        claim.institutionLevel = event.institutionLevel();
        claim.visitType = event.visitType();
        claim.admissionDate = event.admissionDate();
        claim.dischargeDate = event.dischargeDate();
        claim.serviceDate = event.dischargeDate() != null ? event.dischargeDate() : event.admissionDate();
        claim.diagnoses = write(event.diagnoses() == null ? List.of() : event.diagnoses());
        if (event.maternity() != null) {
            claim.maternityCase = event.maternity().caseType();
            claim.babies = event.maternity().babies();
        }
        claim.inScope = event.split().inScope();
        claim.basicPool = event.split().basicPool();
        claim.largeMedical = event.split().largeMedical();
        claim.criticalIllness = event.split().criticalIllness();
        claim.assistance = event.split().assistance();
        claim.settledAt = event.settledAt();
        return claim;
    }

    private ClaimFacts toFacts(SettledClaim claim) {
        return new ClaimFacts(claim.settlementId, claim.eventId, claim.insuredId, claim.idNumber, claim.scheme,
                claim.birthDate, claim.needyCategory, claim.institutionLevel, claim.visitType, claim.admissionDate,
                claim.dischargeDate, read(claim.diagnoses), claim.maternityCase, claim.babies,
                new ClaimFacts.Layers(claim.inScope, claim.basicPool, claim.largeMedical, claim.criticalIllness,
                        claim.assistance),
                claim.reversed);
    }

    private String write(List<Diagnosis> diagnoses) {
        try {
            return mapper.writeValueAsString(diagnoses);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnoses cannot be written as JSON", e);
        }
    }

    private List<Diagnosis> read(String diagnoses) {
        try {
            return mapper.readValue(diagnoses, DIAGNOSES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored diagnoses are not JSON", e);
        }
    }
}
