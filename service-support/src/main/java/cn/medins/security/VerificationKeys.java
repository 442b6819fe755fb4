package cn.medins.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jose4j.http.Get;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.OctetSequenceJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.UnresolvableKeyException;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.KeyLocationResolver;
import io.smallrye.jwt.util.ResourceUtils.UrlStreamResolver;

/**
 * Whether bearer tokens can be verified at all: loads the verification keys as smallrye-jwt's verifier does (its own
 * {@link KeyLocationResolver}, from the same {@link JWTAuthContextInfo}) and looks for a key it could select. What it
 * reports names the location, the key ids and why a key is unusable, never key material.
 */
public final class VerificationKeys {

    /** What the verifier would have to verify with. */
    public enum Outcome {
        /** At least one key the verifier can select and verify with. */
        USABLE,
        /** No key location (nor inline key) is configured: every token is refused. */
        NOT_CONFIGURED,
        /** The location cannot be read or fetched (missing file, unreachable or failing URL). */
        UNREADABLE,
        /** The content is no key the verifier understands, or none of its keys can verify the configured algorithm. */
        NO_USABLE_KEY
    }

    /**
     * @param keyIds the {@code kid}s of the usable keys (a key without one is listed as {@code (no kid)})
     * @param fromUrl the keys come from an http(s) URL: fetched anew each time, unlike file content, read once
     */
    public record Verdict(Outcome outcome, String detail, String format, List<String> keyIds, boolean fromUrl) {

        public boolean usable() {
            return outcome == Outcome.USABLE;
        }
    }

    private VerificationKeys() {
    }

    /**
     * @param contextInfo the verifier's configuration; it throws when the configured key file cannot be read
     * @param location the configured location, for the verdict's words only (a file's content is in the context)
     * @param timeout connect and read timeout for a URL
     */
    public static Verdict inspect(Supplier<JWTAuthContextInfo> contextInfo, String location, Duration timeout) {
        boolean fromUrl = isUrl(location);
        String where = location == null || location.isBlank() ? "the inline key (mp.jwt.verify.publickey)" : describe(location);
        JWTAuthContextInfo info;
        boolean keyGiven;
        boolean nothingToLoad;
        try {
            // a CDI bean's client proxy makes the bean, reading the key file, on its first method call
            info = contextInfo.get();
            keyGiven = info.getPublicVerificationKey() != null || info.getSecretVerificationKey() != null;
            nothingToLoad = info.getPublicKeyContent() == null && info.getSecretKeyContent() == null
                    && info.getPublicKeyLocation() == null;
        } catch (RuntimeException e) {
            return new Verdict(Outcome.UNREADABLE, "the verification keys at " + where + " cannot be read ("
                    + rootCause(e) + ")", null, List.of(), fromUrl);
        }
        if (keyGiven) {
            return new Verdict(Outcome.USABLE, "one key, from " + where, "key", List.of("(no kid)"), fromUrl);
        }
        if (nothingToLoad) {
            return new Verdict(Outcome.NOT_CONFIGURED, "no verification key is configured: set JWT_PUBLIC_KEY_LOCATION "
                    + "(mp.jwt.verify.publickey.location) to a JWK Set file or URL; every token is refused", null, List.of(),
                    fromUrl);
        }
        Probe probe;
        try {
            probe = Probe.load(info, timeout);
        } catch (UnresolvableKeyException | RuntimeException e) {
            return new Verdict(Outcome.UNREADABLE, "the verification keys at " + where + " cannot be loaded ("
                    + rootCause(e) + ")", null, List.of(), fromUrl);
        }
        return probe.verdict(where, fromUrl);
    }

    static boolean isUrl(String location) {
        return location != null && (location.startsWith("https:") || location.startsWith("http:"));
    }

    /** A URL without user info, query or fragment (they may carry credentials); a path as it is. */
    static String describe(String location) {
        if (!isUrl(location)) {
            return location;
        }
        try {
            URI uri = URI.create(location.trim());
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getPath() == null ? "" : uri.getPath());
        } catch (IllegalArgumentException e) {
            return "(a malformed URL)";
        }
    }

    /** The kind of failure, not its message: a parser's message may quote the content it choked on. */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    /** smallrye-jwt's own resolver, loading the keys in its constructor exactly as the verifier's does. */
    static final class Probe extends KeyLocationResolver {

        // the resolver loads in its constructor, before a field of this subclass could be set
        private static final ThreadLocal<Duration> TIMEOUT = new ThreadLocal<>();

        private Probe(JWTAuthContextInfo info) throws UnresolvableKeyException {
            super(info);
        }

        static Probe load(JWTAuthContextInfo info, Duration timeout) throws UnresolvableKeyException {
            TIMEOUT.set(timeout);
            try {
                return new Probe(info);
            } finally {
                TIMEOUT.remove();
            }
        }

        @Override
        protected Get getHttpGet() {
            Get get = super.getHttpGet();
            get.setConnectTimeout(millis());
            get.setReadTimeout(millis());
            get.setRetries(0); // one attempt within the timeout: the next readiness call is the retry
            return get;
        }

        @Override
        protected UrlStreamResolver getUrlResolver() {
            return new UrlStreamResolver() {
                @Override
                public InputStream resolve(String location) throws IOException {
                    URLConnection connection = URI.create(location).toURL().openConnection();
                    connection.setConnectTimeout(millis());
                    connection.setReadTimeout(millis());
                    return connection.getInputStream();
                }
            };
        }

        private static int millis() {
            Duration timeout = TIMEOUT.get();
            return timeout == null ? 2000 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        }

        Verdict verdict(String where, boolean fromUrl) {
            if (key != null) {
                return new Verdict(Outcome.USABLE, "one key, from " + where, "single key", List.of("(no kid)"), fromUrl);
            }
            List<JsonWebKey> keys;
            String format;
            try {
                keys = httpsJwks != null ? httpsJwks.getJsonWebKeys() : jsonWebKeys;
                format = httpsJwks != null ? "JWKS (URL)" : "JWKS";
            } catch (Exception e) {
                return new Verdict(Outcome.UNREADABLE, "the key set at " + where + " cannot be fetched (" + rootCause(e) + ")",
                        null, List.of(), fromUrl);
            }
            if (keys == null) {
                return new Verdict(Outcome.NO_USABLE_KEY, "the content at " + where
                        + " is neither a JWK Set nor a PEM public key or certificate", null, List.of(), fromUrl);
            }
            Set<String> algorithms = authContextInfo.getSignatureAlgorithm().stream().map(SignatureAlgorithm::getAlgorithm)
                    .collect(Collectors.toCollection(TreeSet::new));
            List<String> usable = new ArrayList<>();
            for (JsonWebKey jwk : keys) {
                if (selectable(jwk, keys.size()) && verifies(jwk, algorithms)) {
                    usable.add(jwk.getKeyId() == null ? "(no kid)" : jwk.getKeyId());
                }
            }
            if (usable.isEmpty()) {
                return new Verdict(Outcome.NO_USABLE_KEY, "the key set at " + where + " holds " + keys.size()
                        + " key(s), none usable to verify " + String.join("/", algorithms) + " signatures (a public "
                        + "signing key of the matching type and alg, with a kid when the set holds several)", format,
                        List.of(), fromUrl);
            }
            return new Verdict(Outcome.USABLE, usable.size() + " of " + keys.size() + " key(s) usable, from " + where,
                    format, List.copyOf(usable), fromUrl);
        }

        /** The resolver picks a key by the token's kid, or the only key of the set when one side names none. */
        private static boolean selectable(JsonWebKey jwk, int keysInSet) {
            return jwk.getKeyId() != null || keysInSet == 1;
        }

        private static boolean verifies(JsonWebKey jwk, Set<String> algorithms) {
            boolean keyMaterial = jwk instanceof PublicJsonWebKey
                    ? jwk.getPublicKey() != null : jwk instanceof OctetSequenceJsonWebKey;
            if (!keyMaterial) {
                return false;
            }
            if (jwk.getUse() != null && !"sig".equals(jwk.getUse())) {
                return false;
            }
            if (jwk.getKeyOps() != null && !jwk.getKeyOps().contains("verify")) {
                return false;
            }
            if (jwk.getAlgorithm() != null && !algorithms.contains(jwk.getAlgorithm())) {
                return false;
            }
            return algorithms.stream().anyMatch(algorithm -> jwk.getKeyType().equals(keyType(algorithm)));
        }

        private static String keyType(String algorithm) {
            if (algorithm.startsWith("RS") || algorithm.startsWith("PS")) {
                return "RSA";
            }
            if (algorithm.startsWith("ES")) {
                return "EC";
            }
            if (algorithm.startsWith("Ed")) {
                return "OKP";
            }
            return "oct";
        }
    }
}
