package cn.medins.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import cn.medins.security.VerificationKeys.Outcome;
import cn.medins.security.VerificationKeys.Verdict;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * A service that cannot verify bearer tokens refuses every call with 401: it is not ready. DOWN while no verification
 * key is configured, the key file or URL cannot be read, or it holds no key the verifier could use; liveness is not
 * touched (a restart does not bring a key). The keys are loaded from the verifier's own configuration bean, as the
 * verifier loads them ({@link VerificationKeys}).
 *
 * <p>File (or inline) keys are read once into that bean, so the first verdict on them stands until the service
 * restarts (a new key file needs a restart, for the verifier too); while the file cannot be read, each call tries again.
 * A URL is fetched within {@code medins.jwt.key-check.timeout}: on each call until it first gives a usable key set, then
 * once the last verdict is {@code medins.jwt.key-check.interval} old. A failed fetch after a good one keeps the check UP
 * (naming the failure) for {@code smallrye.jwt.jwks.retain-cache-on-error-duration} after the last good one, as the
 * verifier keeps using the keys it has, so a short outage of the identity provider does not take every replica out of
 * service at once. A fetched set without a usable key is DOWN at once.
 */
@Readiness
@ApplicationScoped
public class VerificationKeysCheck implements HealthCheck {

    public static final String NAME = "jwt-verification-keys";

    private final Supplier<JWTAuthContextInfo> contextInfo;
    private final String location;
    private final Duration interval;
    private final Duration timeout;
    private final Clock clock;

    private Verdict last;
    private Instant checkedAt;
    private Verdict lastUsable;
    private Instant usableAt;

    @Inject
    public VerificationKeysCheck(Instance<JWTAuthContextInfo> contextInfo,
            @ConfigProperty(name = "smallrye.jwt.verify.key.location") Optional<String> smallryeLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location,
            @ConfigProperty(name = "medins.jwt.key-check.interval", defaultValue = "1m") Duration interval,
            @ConfigProperty(name = "medins.jwt.key-check.timeout", defaultValue = "2s") Duration timeout) {
        this(contextInfo::get, configured(smallryeLocation).or(() -> configured(location)).orElse(null), interval, timeout,
                Clock.systemUTC());
    }

    VerificationKeysCheck(Supplier<JWTAuthContextInfo> contextInfo, String location, Duration interval, Duration timeout,
            Clock clock) {
        this.contextInfo = contextInfo;
        this.location = location;
        this.interval = interval;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** smallrye-jwt reads NONE as "not set". */
    private static Optional<String> configured(Optional<String> location) {
        return location.map(String::trim).filter(value -> !value.isEmpty() && !"NONE".equals(value));
    }

    @Override
    public HealthCheckResponse call() {
        Answer answer = answer();
        Verdict verdict = answer.verdict();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(verdict.usable())
                .withData("detail", verdict.detail());
        if (verdict.usable()) {
            response.withData("format", verdict.format()).withData("kids", String.join(",", verdict.keyIds()));
        } else {
            response.withData("reason", verdict.outcome().name());
        }
        if (answer.failedFetch() != null) {
            response.withData("last-fetch", answer.failedFetch().detail());
        }
        return response.build();
    }

    /**
     * @param failedFetch the latest fetch of a URL, when it failed but an earlier good key set is still relied on
     */
    record Answer(Verdict verdict, Verdict failedFetch) {
    }

    /** Synchronized: one load at a time, and readiness calls meanwhile wait for its verdict rather than load again. */
    synchronized Answer answer() {
        Instant now = clock.instant();
        if (last == null || stale(now)) {
            last = VerificationKeys.inspect(contextInfo, location, timeout);
            checkedAt = now;
            if (last.usable()) {
                lastUsable = last;
                usableAt = now;
            }
        }
        if (last.outcome() == Outcome.UNREADABLE && last.fromUrl() && lastUsable != null
                && now.isBefore(usableAt.plus(retainOnError()))) {
            return new Answer(lastUsable, last);
        }
        return new Answer(last, null);
    }

    private boolean stale(Instant now) {
        if (last.outcome() == Outcome.UNREADABLE && !last.fromUrl()) {
            return true; // the key file may be mounted yet; the verifier's configuration is made on its first use
        }
        if (!last.fromUrl()) {
            return false;
        }
        if (!last.usable() && lastUsable == null) {
            return true; // never had keys from the URL: every readiness call tries again, within the timeout
        }
        return !now.isBefore(checkedAt.plus(interval));
    }

    private Duration retainOnError() {
        try {
            return Duration.ofMinutes(contextInfo.get().getJwksRetainCacheOnErrorDuration());
        } catch (RuntimeException e) {
            return Duration.ZERO;
        }
    }
}
