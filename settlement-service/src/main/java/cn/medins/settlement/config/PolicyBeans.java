package cn.medins.settlement.config;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.medins.settlement.domain.PolicyCatalog;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The policies in force, read and checked at start-up: a bad policy file stops the service from starting. */
public class PolicyBeans {

    @Produces
    @Singleton
    @Startup
    PolicyCatalog policyCatalog(@ConfigProperty(name = "settlement.policies") List<String> files) {
        return new PolicyCatalog(files.stream().map(PolicyFiles::readResource).toList());
    }
}
