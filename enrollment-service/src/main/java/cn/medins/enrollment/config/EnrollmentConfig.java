package cn.medins.enrollment.config;

import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "enrollment")
public interface EnrollmentConfig {

    /**
     * The regions each partner agency may act for, each a pooling region of the province (event-contracts'
     * {@code reference/pooling-regions.json}) or {@code province} for all: a record naming another is refused.
     */
    Partners partners();

    interface Partners {

        PartnerConfig health();

        PartnerConfig police();

        PartnerConfig education();

        PartnerConfig hr();
    }

    interface PartnerConfig {

        List<String> regions();
    }

    /** The agency's time zone: it decides which calendar day "today" is for dates in the future and policy years. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
