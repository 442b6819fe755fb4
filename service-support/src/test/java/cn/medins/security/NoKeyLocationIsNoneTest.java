package cn.medins.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** An empty key location reaches smallrye-jwt as its NONE, however it came to be empty; a real one as it is. */
class NoKeyLocationIsNoneTest {

    @Test
    void anEmptyLocationReadsAsNone() {
        assertThat(location(Map.of(NoKeyLocationIsNone.LOCATION, ""))).isEqualTo("NONE");
    }

    @Test
    void aLocationFromAnUnsetOrEmptyVariableReadsAsNone() {
        assertThat(location(Map.of(NoKeyLocationIsNone.LOCATION, "${JWT_PUBLIC_KEY_LOCATION_UNSET_HERE:}"))).isEqualTo("NONE");
        assertThat(location(Map.of(NoKeyLocationIsNone.LOCATION, "${JWT_LOCATION_EMPTY:}", "JWT_LOCATION_EMPTY", "")))
                .isEqualTo("NONE");
    }

    @Test
    void anEmptyProfileLocationReadsAsNone() {
        assertThat(location(Map.of(NoKeyLocationIsNone.LOCATION, "/etc/keys/jwks.json",
                "%test." + NoKeyLocationIsNone.LOCATION, ""))).isEqualTo("NONE");
    }

    @Test
    void aConfiguredLocationIsLeftAlone() {
        assertThat(location(Map.of(NoKeyLocationIsNone.LOCATION, "${JWT_LOCATION_SET:}", "JWT_LOCATION_SET",
                "https://sso.medins.cn/certs"))).isEqualTo("https://sso.medins.cn/certs");
        assertThat(location(Map.of())).isNull();
    }

    private static String location(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile("test")
                .withInterceptors(new NoKeyLocationIsNone())
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getOptionalValue(NoKeyLocationIsNone.LOCATION, String.class).orElse(null);
    }
}
