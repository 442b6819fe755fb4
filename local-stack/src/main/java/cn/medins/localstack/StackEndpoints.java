package cn.medins.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the running stack can be reached; what the summary shows and what demo scenarios talk to.
 *
 * @param jdbcUrls by database name, in the order of {@link SuiteService}
 */
public record StackEndpoints(
        Map<SuiteService, URI> services,
        String kafkaBootstrapServers,
        Map<String, String> jdbcUrls,
        String databaseUser,
        String databasePassword,
        Path dataDir,
        Path logDir) {

    public StackEndpoints {
        services = Map.copyOf(services);
        jdbcUrls = Collections.unmodifiableMap(new LinkedHashMap<>(jdbcUrls));
    }
}
