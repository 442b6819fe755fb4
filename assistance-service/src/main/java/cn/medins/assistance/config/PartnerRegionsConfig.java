package cn.medins.assistance.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** The regions each partner agency may act for (application.properties says why each is set as it is). */
@ConfigMapping(prefix = "medins.assistance.partners")
public interface PartnerRegionsConfig {

    @WithName("civil-affairs")
    Partner civilAffairs();

    Partner hr();

    interface Partner {

        List<String> regions();
    }
}
