package cn.medins.enrollment.service;

import java.time.Clock;
import java.time.LocalDate;

import cn.medins.enrollment.domain.InputCheck;
import cn.medins.enrollment.domain.Regions;
import cn.medins.messaging.inbox.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;

/** Starts the business checks of an input against the province's regions and the agency's today. */
@ApplicationScoped
public class Checks {

    private final Regions regions;
    private final Clock clock;

    public Checks(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    public InputCheck start() {
        return new InputCheck(regions, today());
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
