package cn.medins.settlement.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.medins.settlement.domain.RegisteredInstitution;
import cn.medins.settlement.domain.RegisteredInstitution.Type;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Seeds the registry with reference institutions from a data file on first start (the local stack and the tests;
 * production leaves {@code settlement.institutions.seed} unset and registers institutions through the API). An
 * institution already registered is left as staff made it; a bad file stops the service, naming the entry and field.
 */
@ApplicationScoped
public class InstitutionSeed {

    private static final Logger LOG = Logger.getLogger(InstitutionSeed.class);
    private static final Pattern ID = Pattern.compile(RegisteredInstitution.ID_PATTERN);
    private static final Pattern REGION = Pattern.compile(RegisteredInstitution.REGION_PATTERN);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /** One entry of the file. */
    public record Entry(String institutionId, String name, Type type, int level, String regionCode) {
    }

    private final DataSource dataSource;
    private final Optional<String> file;

    public InstitutionSeed(DataSource dataSource, @ConfigProperty(name = "settlement.institutions.seed") Optional<String> file) {
        this.dataSource = dataSource;
        this.file = file;
    }

    void onStart(@Observes StartupEvent event) {
        if (file.isEmpty() || file.get().isBlank()) {
            return;
        }
        List<Entry> entries = read(file.get());
        int added = insertMissing(entries, "seed:" + file.get());
        LOG.infof("institution registry: %d of the %d reference institutions in %s were new", added, entries.size(), file.get());
    }

    /** Reads and checks the file; the first bad entry refuses it. */
    static List<Entry> read(String resource) {
        try (InputStream json = InstitutionSeed.class.getClassLoader().getResourceAsStream(resource)) {
            if (json == null) {
                throw new IllegalStateException(resource + ": no such reference file on the class path");
            }
            List<Entry> entries = MAPPER.readValue(json, new TypeReference<List<Entry>>() { });
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                String at = resource + ": [" + i + "].";
                require(entry.institutionId() != null && ID.matcher(entry.institutionId()).matches(), at + "institutionId: must match " + ID);
                require(ids.add(entry.institutionId()), at + "institutionId: " + entry.institutionId() + " appears twice");
                require(entry.name() != null && !entry.name().isBlank() && entry.name().length() <= 200, at + "name: must be 1 to 200 characters");
                require(entry.type() != null, at + "type: must be one of HOSPITAL, PHARMACY, CARE_INSTITUTION");
                require(entry.level() >= RegisteredInstitution.LOWEST_LEVEL && entry.level() <= RegisteredInstitution.HIGHEST_LEVEL,
                        at + "level: must be 1, 2 or 3, was " + entry.level());
                require(entry.regionCode() != null && REGION.matcher(entry.regionCode()).matches(), at + "regionCode: must be six digits");
            }
            return entries;
        } catch (JsonMappingException e) {
            throw new IllegalStateException(resource + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private int insertMissing(List<Entry> entries, String by) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into institution (institution_id, name, type, level, region_code, status, changed_by, changed_at)
                    values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?) on conflict (institution_id) do nothing""");
                    PreparedStatement change = connection.prepareStatement("""
                    insert into institution_change (institution_id, action, detail, changed_by, changed_at) values (?, 'REGISTERED', ?, ?, ?)""")) {
                for (Entry entry : entries) {
                    insert.setString(1, entry.institutionId());
                    insert.setString(2, entry.name());
                    insert.setString(3, entry.type().name());
                    insert.setInt(4, entry.level());
                    insert.setString(5, entry.regionCode());
                    insert.setString(6, by);
                    insert.setObject(7, now);
                    if (insert.executeUpdate() == 1) {
                        added++;
                        change.setString(1, entry.institutionId());
                        change.setString(2, entry.type() + ", level " + entry.level() + ", region " + entry.regionCode() + ", " + entry.name());
                        change.setString(3, by);
                        change.setObject(4, now);
                        change.executeUpdate();
                    }
                }
            }
            connection.commit();
            return added;
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the institution registry: " + e.getMessage(), e);
        }
    }
}
