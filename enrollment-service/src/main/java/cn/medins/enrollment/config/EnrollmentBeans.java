package cn.medins.enrollment.config;

import java.time.Clock;
import java.util.Map;

import cn.medins.enrollment.domain.Partner;
import cn.medins.enrollment.domain.PartnerRegions;
import cn.medins.enrollment.domain.Regions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The domain's collaborators built from configuration. */
public class EnrollmentBeans {

    @Produces
    @Singleton
    Regions regions(EnrollmentConfig config) {
        return new Regions(config.regions());
    }

    @Produces
    @Singleton
    PartnerRegions partnerRegions(Regions regions, EnrollmentConfig config) {
        EnrollmentConfig.Partners partners = config.partners();
        return new PartnerRegions(regions, Map.of(Partner.HEALTH, partners.health().regions(),
                Partner.POLICE, partners.police().regions(), Partner.EDUCATION, partners.education().regions(),
                Partner.HR, partners.hr().regions()));
    }

    @Produces
    @Singleton
    Clock clock(EnrollmentConfig config) {
        return Clock.system(config.zone());
    }
}
