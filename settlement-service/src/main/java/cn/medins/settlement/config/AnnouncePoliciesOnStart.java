package cn.medins.settlement.config;

import org.jboss.logging.Logger;

import cn.medins.settlement.service.PolicyService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Once the versions are seeded and loaded ({@link ActivePolicies} observes the start earlier), announces any activated
 * version no {@code PolicyActivated} was written for: the seeded files on a fresh database, and versions activated
 * before the event existed. Waits for it, so an instance serves only once the announcement is in its outbox.
 */
@ApplicationScoped
public class AnnouncePoliciesOnStart {

    private static final Logger LOG = Logger.getLogger(AnnouncePoliciesOnStart.class);

    private final PolicyService policies;

    public AnnouncePoliciesOnStart(PolicyService policies) {
        this.policies = policies;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        int announced = VertxContextSupport.subscribeAndAwait(policies::announcePending);
        if (announced > 0) {
            LOG.infof("policies: announced %d activated versions on settlement.events", announced);
        }
    }
}
