package cn.medins.enrollment.service;

import java.time.Clock;
import java.time.LocalDate;

import cn.medins.contracts.region.PartnerRegions;
import cn.medins.contracts.region.PoolingRegions;
import cn.medins.enrollment.domain.InputCheck;
import cn.medins.enrollment.domain.Partner;
import cn.medins.messaging.inbox.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Starts the business checks of an input against the province's regions (and, for a partner's record, the regions
 * that partner may act for) and the agency's today.
 */
@ApplicationScoped
public class Checks {

    private final PoolingRegions regions;
    private final PartnerRegions partners;
    private final Clock clock;

    public Checks(PoolingRegions regions, PartnerRegions partners, Clock clock) {
        this.regions = regions;
        this.partners = partners;
        this.clock = clock;
    }

    /** What staff enter at the counter: any region of the province. */
    public InputCheck start() {
        return new InputCheck(regions, today());
    }

    /** A partner's record: only a region the partner may act for. */
    public InputCheck startFor(Partner partner) {
        return new InputCheck(regions, partners.of(partner.key()), today());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A partner record that fails its checks goes to the dead-letter topic with every violation named. */
    public static void requirePassed(InputCheck check) {
        if (!check.passed()) {
            throw new RejectedEventException(check.reason());
        }
    }
}
