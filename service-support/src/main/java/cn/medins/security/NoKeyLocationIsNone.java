package cn.medins.security;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * An empty verification key location ({@code JWT_PUBLIC_KEY_LOCATION=""}, or {@code mp.jwt.verify.publickey.location=})
 * reads as {@code NONE}, smallrye-jwt's own word for "not set". Its configuration bean refuses an empty String at
 * start-up (SRCFG00040), which would stop the service instead of leaving it up, refusing every token and not ready
 * ({@link VerificationKeysCheck}). Runs around property expressions (priority 3300), so it sees their result.
 */
@Priority(Priorities.LIBRARY + 400)
public class NoKeyLocationIsNone implements ConfigSourceInterceptor {

    static final String LOCATION = "mp.jwt.verify.publickey.location";
    static final String NONE = "NONE";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (LOCATION.equals(name) && value != null && (value.getValue() == null || value.getValue().isBlank())) {
            return value.withValue(NONE);
        }
        return value;
    }
}
