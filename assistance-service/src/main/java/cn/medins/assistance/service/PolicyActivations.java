package cn.medins.assistance.service;

import java.time.Clock;
import java.time.LocalDate;

import org.jboss.logging.Logger;

import cn.medins.contracts.settlement.SettlementEvents.PolicyActivated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A policy version settlement put in force: its figures are stored, the claims rated under it that arrived first are
 * matched, and when it is the first version in force today in its region, the subsidies that waited for figures there
 * are decided.
 */
@ApplicationScoped
public class PolicyActivations {

    private static final Logger LOG = Logger.getLogger(PolicyActivations.class);

    private final PolicyFigures figures;
    private final NeedyMatching needy;
    private final ClaimMatching claims;
    private final ClaimProjection projection;
    private final Clock clock;

    public PolicyActivations(PolicyFigures figures, NeedyMatching needy, ClaimMatching claims, ClaimProjection projection,
            Clock clock) {
        this.figures = figures;
        this.needy = needy;
        this.claims = claims;
        this.projection = projection;
        this.clock = clock;
    }

    public Uni<Void> onActivated(PolicyActivated activated) {
        LocalDate today = LocalDate.now(clock);
        boolean inForceToday = activated.year() == today.getYear() && !activated.effectiveFrom().isAfter(today);
        // The persons of the claims parked so far are locked before the version, in the order claim matching locks them.
        return projection.awaitingPolicy(activated.version())
                .chain(parked -> PersonLock.holdAll(parked.stream().map(claim -> claim.idNumber()).toList()))
                .chain(() -> figures.inForce(activated.regionCode(), today))
                .chain(before -> figures.store(activated).chain(stored -> {
                    LOG.infof("policy %s of region %s effective from %s: %s", activated.version(), activated.regionCode(),
                            activated.effectiveFrom(), stored ? "figures stored" : "known already");
                    return claims.onPolicyArrived(activated.version())
                            .chain(() -> stored && before.isEmpty() && inForceToday
                                    ? needy.subsidiseWaiting(activated.regionCode())
                                    : Uni.createFrom().voidItem());
                }));
    }
}
