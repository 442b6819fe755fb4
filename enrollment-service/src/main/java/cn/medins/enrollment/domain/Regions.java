package cn.medins.enrollment.domain;

import java.util.Collection;
import java.util.Set;

/** The pooling regions of the province (configuration data): a code outside them is a partner's or a clerk's error. */
public final class Regions {

    private final Set<String> codes;

    public Regions(Collection<String> codes) {
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("the province has at least one pooling region");
        }
        this.codes = Set.copyOf(codes);
    }

    public boolean isKnown(String regionCode) {
        return regionCode != null && codes.contains(regionCode);
    }
}
