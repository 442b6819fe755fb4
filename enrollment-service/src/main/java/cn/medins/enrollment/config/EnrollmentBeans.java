package cn.medins.enrollment.config;

import java.time.Clock;
import java.util.Map;

import cn.medins.contracts.region.PartnerRegions;
import cn.medins.contracts.region.PoolingRegions;
import cn.medins.enrollment.domain.Partner;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The domain's collaborators built from configuration. */
public class EnrollmentBeans {

    /** The province's pooling regions: the one reference file every service reads (event-contracts). */
    @Produces
    @Singleton
    PoolingRegions regions() {
        return PoolingRegions.shipped();
    }

    @Produces
    @Singleton
    PartnerRegions partnerRegions(PoolingRegions regions, EnrollmentConfig config) {
        EnrollmentConfig.Partners partners = config.partners();
        return new PartnerRegions("enrollment.partners", regions, Map.of(Partner.HEALTH.key(), partners.health().regions(),
                Partner.POLICE.key(), partners.police().regions(), Partner.EDUCATION.key(), partners.education().regions(),
                Partner.HR.key(), partners.hr().regions()));
    }

    @Produces
    @Singleton
    Clock clock(EnrollmentConfig config) {
        return Clock.system(config.zone());
    }
}
