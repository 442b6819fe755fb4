package cn.medins.contracts.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which activated policy version of a pooling region is in force on a date (the rule of {@code PolicyActivated}):
 * among the versions of that calendar year effective on or before the date, the one effective latest, and of two
 * effective from the same day the one activated last. Settlement rates claims by it and every service that applies
 * policy figures picks them by it, so the two cannot disagree.
 *
 * @param <T> what a version carries: the whole policy in settlement, the figures a consumer applies elsewhere
 */
public final class VersionsInForce<T> {

    /** One activated version of a region's policy for {@code effectiveFrom}'s year. */
    public record Version<T>(String regionCode, LocalDate effectiveFrom, long activation, T value) {
        public Version {
            Objects.requireNonNull(regionCode, "regionCode");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(value, "value");
        }
    }

    private static final Comparator<Version<?>> IN_FORCE_ORDER = Comparator.<Version<?>, LocalDate>comparing(Version::effectiveFrom)
            .thenComparingLong(Version::activation);

    private final Map<String, List<Version<T>>> byRegion = new HashMap<>();

    public VersionsInForce(List<Version<T>> versions) {
        for (Version<T> version : versions) {
            byRegion.computeIfAbsent(version.regionCode(), region -> new ArrayList<>()).add(version);
        }
        byRegion.replaceAll((region, list) -> list.stream().sorted(IN_FORCE_ORDER.reversed()).toList());
    }

    /** The version in force for the region on the date, if any. */
    public Optional<Version<T>> on(String regionCode, LocalDate date) {
        return byRegion.getOrDefault(regionCode, List.of()).stream()
                .filter(v -> v.effectiveFrom().getYear() == date.getYear() && !v.effectiveFrom().isAfter(date))
                .findFirst();
    }
}
