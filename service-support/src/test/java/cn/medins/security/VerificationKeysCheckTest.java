package cn.medins.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.medins.localstack.JwkSet;
import cn.medins.localstack.SigningKeys;
import cn.medins.testing.KeySetServer;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/** How often the readiness check loads the keys, and what it answers meanwhile. */
class VerificationKeysCheckTest {

    private static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock();

    @Test
    void aKeyFileIsJudgedOnceForItIsReadOnceIntoTheVerifiersConfiguration() {
        String file = SigningKeys.in(dir).keySetFile().toString();
        AtomicInteger loads = new AtomicInteger();
        Supplier<JWTAuthContextInfo> context = VerificationKeysTest.contextAt(file);
        VerificationKeysCheck check = new VerificationKeysCheck(() -> {
            loads.incrementAndGet();
            return context.get();
        }, file, INTERVAL, TIMEOUT, clock);

        HealthCheckResponse first = check.call();
        clock.pass(Duration.ofHours(5));
        HealthCheckResponse later = check.call();

        assertThat(first.getName()).isEqualTo("jwt-verification-keys");
        assertThat(first.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(first.getData().orElseThrow()).containsEntry("kids", SigningKeys.in(dir).keyId());
        assertThat(later.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(loads.get()).isEqualTo(1);
    }

    @Test
    void withoutAKeyTheCheckIsDownSayingWhy() {
        HealthCheckResponse response = new VerificationKeysCheck(VerificationKeysTest.contextAt("NONE"), null, INTERVAL,
                TIMEOUT, clock).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow()).containsEntry("reason", "NOT_CONFIGURED");
        assertThat((String) response.getData().orElseThrow().get("detail")).contains("JWT_PUBLIC_KEY_LOCATION");
    }

    @Test
    void aKeyFileNotYetThereIsLookedForAgainOnEachCall() throws Exception {
        Path file = dir.resolve("mounted-later.json");
        VerificationKeysCheck check = new VerificationKeysCheck(VerificationKeysTest.contextAt(file.toString()),
                file.toString(), INTERVAL, TIMEOUT, clock);
        assertThat(check.call().getData().orElseThrow()).containsEntry("reason", "UNREADABLE");

        Files.writeString(file, JwkSet.of(SigningKeys.in(dir).publicKey()));

        assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aKeySetAtAUrlIsFetchedAgainOnlyOnceTheIntervalHasPassed() {
        SigningKeys oldKeys = SigningKeys.in(dir.resolve("old"));
        SigningKeys newKeys = SigningKeys.in(dir.resolve("new"));
        try (KeySetServer provider = KeySetServer.start(JwkSet.of(oldKeys.publicKey()))) {
            String url = provider.uri().toString();
            VerificationKeysCheck check = new VerificationKeysCheck(VerificationKeysTest.contextAt(url), url, INTERVAL,
                    TIMEOUT, clock);

            assertThat(check.call().getData().orElseThrow()).containsEntry("kids", oldKeys.keyId());
            provider.serve(JwkSet.of(oldKeys.publicKey(), newKeys.publicKey()));
            clock.pass(Duration.ofSeconds(30));
            assertThat(check.call().getData().orElseThrow()).containsEntry("kids", oldKeys.keyId());
            assertThat(provider.requests()).isEqualTo(1);

            clock.pass(Duration.ofSeconds(31));
            assertThat(check.call().getData().orElseThrow())
                    .containsEntry("kids", oldKeys.keyId() + "," + newKeys.keyId());
            assertThat(provider.requests()).isEqualTo(2);
        }
    }

    /** An identity provider out for a while does not take every replica out of service, as long as the verifier keeps its keys. */
    @Test
    void aFailingUrlAfterAGoodFetchStaysUpForTheRetainDurationThenGoesDown() {
        SigningKeys keys = SigningKeys.in(dir);
        try (KeySetServer provider = KeySetServer.start(JwkSet.of(keys.publicKey()))) {
            String url = provider.uri().toString();
            Supplier<JWTAuthContextInfo> context = () -> {
                JWTAuthContextInfo info = VerificationKeysTest.contextAt(url).get();
                info.setJwksRetainCacheOnErrorDuration(30);
                return info;
            };
            VerificationKeysCheck check = new VerificationKeysCheck(context, url, INTERVAL, TIMEOUT, clock);
            assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

            provider.fail(503);
            clock.pass(Duration.ofMinutes(2));
            HealthCheckResponse during = check.call();
            assertThat(during.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat((String) during.getData().orElseThrow().get("last-fetch")).contains("cannot be loaded");

            clock.pass(Duration.ofMinutes(29));
            HealthCheckResponse after = check.call();
            assertThat(after.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(after.getData().orElseThrow()).containsEntry("reason", "UNREADABLE");
        }
    }

    @Test
    void aUrlThatNeverGaveKeysIsTriedOnEachCall() {
        SigningKeys keys = SigningKeys.in(dir);
        try (KeySetServer provider = KeySetServer.start(JwkSet.of(keys.publicKey()))) {
            provider.fail(503);
            String url = provider.uri().toString();
            VerificationKeysCheck check = new VerificationKeysCheck(VerificationKeysTest.contextAt(url), url, INTERVAL,
                    TIMEOUT, clock);
            assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);

            provider.serve(JwkSet.of(keys.publicKey()));

            assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        }
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-04-01T08:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
