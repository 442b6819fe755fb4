package cn.medins.contracts.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regions each partner agency may act for (configuration, never the record's own claim), each a pooling region of
 * the province: a city's education bureau sends its own city's rosters, so a roster naming another city is not its to
 * send, however much that city is the province's. A provincial agency is configured with {@value #WHOLE_PROVINCE}.
 */
public final class PartnerRegions {

    /** Stands for every pooling region of the province in a partner's configured list. */
    public static final String WHOLE_PROVINCE = "province";

    /** What one partner may act for. */
    public record Scope(String partner, Set<String> regions) {

        public Scope {
            regions = Set.copyOf(regions);
        }

        public boolean mayActFor(String regionCode) {
            return regionCode != null && regions.contains(regionCode);
        }
    }

    private final Map<String, Scope> scopes = new HashMap<>();

    /**
     * @param configPrefix where the lists are configured ({@code enrollment.partners}), named in every refusal
     * @throws IllegalArgumentException naming the configuration key of a partner without regions or with a foreign one
     */
    public PartnerRegions(String configPrefix, PoolingRegions province, Map<String, ? extends Collection<String>> regions) {
        regions.forEach((partner, codes) -> {
            String key = configPrefix + "." + partner + ".regions";
            if (codes == null || codes.isEmpty()) {
                throw new IllegalArgumentException(key + ": at least one region, or " + WHOLE_PROVINCE);
            }
            if (codes.contains(WHOLE_PROVINCE)) {
                if (codes.size() > 1) {
                    throw new IllegalArgumentException(key + ": " + WHOLE_PROVINCE + " stands alone");
                }
                scopes.put(partner, new Scope(partner, province.codes()));
                return;
            }
            codes.stream().filter(code -> !province.isKnown(code)).findFirst().ifPresent(code -> {
                throw new IllegalArgumentException(key + ": " + code + " is not a pooling region of the province");
            });
            scopes.put(partner, new Scope(partner, Set.copyOf(codes)));
        });
    }

    public Scope of(String partner) {
        Scope scope = scopes.get(partner);
        if (scope == null) {
            throw new IllegalArgumentException("no regions configured for partner " + partner);
        }
        return scope;
    }

    /** Why the partner may not send a record naming this region, with the field named; empty when it may. */
    public Optional<String> problem(String partner, String field, String regionCode) {
        return of(partner).mayActFor(regionCode) ? Optional.empty()
                : Optional.of("field " + field + ": " + regionCode + " is not a region the " + partner + " partner may act for");
    }

    /** A list as configuration gives it: comma-separated, spaces ignored. */
    public static List<String> parse(String configured) {
        return List.of(configured.trim().split("\\s*,\\s*"));
    }
}
