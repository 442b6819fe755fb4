package cn.medins.enrollment.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The regions each partner agency may act for (configuration, never the record's own claim), each one of the
 * province's: a city's education bureau sends its own city's rosters, so a roster naming another city is not its to
 * send, however much that city is the province's.
 */
public final class PartnerRegions {

    /** What one partner may act for. */
    public record Scope(Partner partner, Set<String> regions) {

        public Scope {
            regions = Set.copyOf(regions);
        }

        public boolean mayActFor(String regionCode) {
            return regionCode != null && regions.contains(regionCode);
        }
    }

    private final Map<Partner, Scope> scopes = new EnumMap<>(Partner.class);

    /** @throws IllegalArgumentException naming the configuration key of a partner without regions or with a foreign one */
    public PartnerRegions(Regions province, Map<Partner, ? extends Collection<String>> regions) {
        for (Partner partner : Partner.values()) {
            String key = "enrollment.partners." + partner.key() + ".regions";
            Collection<String> codes = regions.get(partner);
            if (codes == null || codes.isEmpty()) {
                throw new IllegalArgumentException(key + ": at least one region");
            }
            codes.stream().filter(code -> !province.isKnown(code)).findFirst().ifPresent(code -> {
                throw new IllegalArgumentException(key + ": " + code + " is not a pooling region of the province");
            });
            scopes.put(partner, new Scope(partner, Set.copyOf(codes)));
        }
    }

    public Scope of(Partner partner) {
        return scopes.get(partner);
    }
}
