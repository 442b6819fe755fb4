package cn.medins.assistance.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The regions each partner agency may act for (configuration, never the record's own claim): a civil-affairs or HR
 * department sends records about its own regions, so a record naming another region is not its to send.
 */
public final class PartnerRegions {

    /** The partners whose records this service reads, by the name their topic and configuration give them. */
    public enum Partner {
        CIVIL_AFFAIRS("civil-affairs"),
        HR("hr");

        private final String key;

        Partner(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Map<Partner, Set<String>> regions = new EnumMap<>(Partner.class);

    /** @throws IllegalArgumentException naming the partner when one has no region */
    public PartnerRegions(Map<Partner, ? extends Collection<String>> regions) {
        for (Partner partner : Partner.values()) {
            Collection<String> codes = regions.get(partner);
            if (codes == null || codes.isEmpty()) {
                throw new IllegalArgumentException("medins.assistance.partners." + partner.key() + ".regions: at least one region");
            }
            this.regions.put(partner, Set.copyOf(codes));
        }
    }

    /** Why the partner may not send a record naming this region, with the field named; empty when it may. */
    public Optional<String> problem(Partner partner, String field, String regionCode) {
        if (regionCode != null && regions.get(partner).contains(regionCode)) {
            return Optional.empty();
        }
        return Optional.of("field " + field + ": " + regionCode + " is not a region the " + partner.key()
                + " partner may act for");
    }
}
