package cn.medins.enrollment.config;

import java.time.Clock;

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
    Clock clock(EnrollmentConfig config) {
        return Clock.system(config.zone());
    }
}
