package cn.medins.contracts.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The province's pooling regions (统筹区), as reference data every service reads from this one file
 * ({@code reference/pooling-regions.json}), so that enrollment, settlement and assistance agree on them. A region
 * code outside them is a partner's or a clerk's error; remote care may still treat people in other provinces'
 * regions, which are institution regions, never pooling regions of this suite.
 */
public final class PoolingRegions {

    public static final String RESOURCE = "reference/pooling-regions.json";
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static volatile PoolingRegions shipped;

    /** One region: its administrative division code (GB/T 2260) and name. */
    public record Region(String code, String name) {
    }

    record File(Region province, String note, List<Region> regions) {
    }

    private final Region province;
    private final Map<String, Region> regions = new LinkedHashMap<>();

    public PoolingRegions(Region province, List<Region> regions) {
        if (province == null || !CODE.matcher(String.valueOf(province.code())).matches()) {
            throw new IllegalArgumentException("province.code: must be a 6-digit division code");
        }
        if (regions == null || regions.isEmpty()) {
            throw new IllegalArgumentException("regions: the province has at least one pooling region");
        }
        String prefix = province.code().substring(0, 2);
        for (int i = 0; i < regions.size(); i++) {
            Region region = regions.get(i);
            String at = "regions[" + i + "].";
            if (region.code() == null || !CODE.matcher(region.code()).matches() || !region.code().startsWith(prefix)) {
                throw new IllegalArgumentException(at + "code: must be a 6-digit code of the province " + province.code()
                        + ", was " + region.code());
            }
            if (region.name() == null || region.name().isBlank()) {
                throw new IllegalArgumentException(at + "name: missing");
            }
            if (this.regions.put(region.code(), region) != null) {
                throw new IllegalArgumentException(at + "code: " + region.code() + " listed twice");
            }
        }
        this.province = province;
    }

    /** The regions the suite ships with (Shandong), read and checked once. */
    public static PoolingRegions shipped() {
        PoolingRegions loaded = shipped;
        if (loaded == null) {
            loaded = read(RESOURCE);
            shipped = loaded;
        }
        return loaded;
    }

    static PoolingRegions read(String resource) {
        try (InputStream json = PoolingRegions.class.getClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new IllegalStateException(resource + ": no such reference file on the class path");
            }
            File file = MAPPER.readValue(json, File.class);
            return new PoolingRegions(file.province(), file.regions());
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    public Region province() {
        return province;
    }

    public boolean isKnown(String code) {
        return code != null && regions.containsKey(code);
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    /** The codes in file order. */
    public Set<String> codes() {
        return regions.keySet();
    }
}
