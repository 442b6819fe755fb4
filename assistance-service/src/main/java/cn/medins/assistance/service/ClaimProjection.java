package cn.medins.assistance.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.assistance.domain.ClaimFacts;
import cn.medins.assistance.repository.SettledClaim;
import cn.medins.assistance.repository.SettledClaimRepository;
import cn.medins.contracts.settlement.SettlementEvents.ClaimSettled;
import cn.medins.contracts.settlement.SettlementEvents.Diagnosis;
import cn.medins.contracts.settlement.SettlementEvents.SettlementReversed;
import io.smallrye.mutiny.Multi;
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

    /** A settled claim as consumed: the id of its event and its payload. */
    public record Settled(String eventId, ClaimSettled event) {
    }

    /** A claim of a run, looked up and with its person locked, not yet recorded. */
    public record Arriving(SettledClaim claim, boolean recordedBefore) {
    }

    /**
     * Prepares a run of settled claims for {@link #record}: looks them all up in one read, and locks the persons of
     * the new ones ({@link PersonLock}) in one statement. A repeat of a settlement recorded before, or earlier in the
     * run, keeps the first.
     */
    public Uni<List<Arriving>> arrive(List<Settled> run) {
        return claims.byIds(run.stream().map(settled -> settled.event().settlementId()).distinct().toList())
                .chain(found -> {
                    Map<String, SettledClaim> bySettlement = new HashMap<>();
                    found.forEach(claim -> bySettlement.put(claim.settlementId, claim));
                    Set<String> recordedBefore = Set.copyOf(bySettlement.keySet());
                    List<Settled> fresh = run.stream().filter(settled -> !recordedBefore.contains(settled.event().settlementId()))
                            .toList();
                    return Multi.createFrom().iterable(fresh)
                            .onItem().transformToUniAndConcatenate(settled -> idNumberOf(settled.event())
                                    .map(idNumber -> fromEvent(settled.eventId(), settled.event(), idNumber)))
                            .collect().asList()
                            .invoke(arrived -> arrived.forEach(claim -> bySettlement.putIfAbsent(claim.settlementId, claim)))
                            .chain(arrived -> PersonLock.holdAll(arrived.stream().map(claim -> claim.idNumber).toList()))
                            .map(locked -> {
                                Set<String> seen = new HashSet<>(recordedBefore);
                                return run.stream().map(settled -> new Arriving(bySettlement.get(settled.event().settlementId()),
                                        !seen.add(settled.event().settlementId()))).toList();
                            });
                });
    }

    /**
     * Records an arriving claim unless it was recorded before, and returns its facts. The insert waits for the next
     * flush, so a run's claims go to the database together; a query of claims flushes first and sees them.
     */
    public Uni<ClaimFacts> record(Arriving arriving) {
        return arriving.recordedBefore() ? Uni.createFrom().item(toFacts(arriving.claim()))
                : claims.persist(arriving.claim()).map(this::toFacts);
    }

    public Uni<Void> reverse(SettlementReversed event) {
        return claims.findById(event.settlementId()).invoke(found -> {
            if (found != null) {
                found.reversed = true;
            }
        }).replaceWithVoid();
    }

    /**
     * Parks the claim until the figures of {@code version} arrive; with {@code null}, releases it. A claim is parked only
     * by its own matching and released only by the version's arrival.
     */
    public Uni<Void> awaitPolicy(String settlementId, String version) {
        return claims.findById(settlementId).invoke(found -> {
            if (found != null) {
                found.awaitingPolicy = version;
            }
        }).replaceWithVoid();
    }

    /** The claims parked for the version's figures. */
    public Uni<List<ClaimFacts>> awaitingPolicy(String version) {
        return claims.awaiting(version).map(found -> found.stream().map(this::toFacts).toList());
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
        claim.regionCode = event.patient().regionCode();
        claim.policyVersion = event.policyVersion();
        return claim;
    }

    private ClaimFacts toFacts(SettledClaim claim) {
        return new ClaimFacts(claim.settlementId, claim.eventId, claim.insuredId, claim.idNumber, claim.scheme,
                claim.birthDate, claim.needyCategory, claim.institutionLevel, claim.visitType, claim.admissionDate,
                claim.dischargeDate, read(claim.diagnoses), claim.maternityCase, claim.babies,
                new ClaimFacts.Layers(claim.inScope, claim.basicPool, claim.largeMedical, claim.criticalIllness,
                        claim.assistance),
                claim.reversed, claim.regionCode, claim.policyVersion);
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
