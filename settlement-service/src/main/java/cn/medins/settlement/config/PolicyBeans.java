package cn.medins.settlement.config;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.medins.settlement.domain.PrepaymentTiers;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The prepayment tiers, read and checked at start-up: a bad file stops the service from starting (policies: {@link ActivePolicies}). */
public class PolicyBeans {

    /** The file form of the prepayment tiers: the domain record plus a note saying where the figures come from. */
    public record PrepaymentTierFile(String note, int ungradedTier, List<PrepaymentTiers.Tier> tiers) {
        public PrepaymentTierFile {
            new PrepaymentTiers(ungradedTier, tiers);
        }
    }

    @Produces
    @Singleton
    @Startup
    PrepaymentTiers prepaymentTiers(@ConfigProperty(name = "settlement.prepayment-tiers") String file) {
        PrepaymentTierFile read = PolicyFiles.readResource(file, PrepaymentTierFile.class);
        return new PrepaymentTiers(read.ungradedTier(), read.tiers());
    }
}
