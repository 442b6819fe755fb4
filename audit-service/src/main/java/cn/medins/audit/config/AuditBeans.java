package cn.medins.audit.config;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.medins.audit.domain.RuleDefinition;
import cn.medins.audit.domain.RuleEngine;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The rule engine, built once at start from the catalogue (a broken catalogue fails the start), and the clock. */
public class AuditBeans {

    private static final Logger LOG = Logger.getLogger(AuditBeans.class);

    /**
     * @param catalogueFile {@code medins.audit.rule-catalogue}: a JSON file replacing the shipped catalogue, so operators
     *        can switch rules and tune thresholds without a new build
     */
    @Produces
    @Startup
    @Singleton
    RuleEngine ruleEngine(@ConfigProperty(name = "medins.audit.rule-catalogue") Optional<String> catalogueFile) {
        RuleEngine engine = RuleEngine.of(catalogueFile
                .map(file -> RuleCatalogueReader.readFile(Path.of(file)))
                .orElseGet(RuleCatalogueReader::readDefault));
        LOG.infof("rule catalogue %s: %d rules, %d enabled", catalogueFile.orElse(RuleCatalogueReader.DEFAULT_RESOURCE),
                engine.catalogue().size(), engine.catalogue().stream().filter(RuleDefinition::enabled).count());
        return engine;
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
