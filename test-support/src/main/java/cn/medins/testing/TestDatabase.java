package cn.medins.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import cn.medins.localstack.PersonalDataKeyset;
import cn.medins.localstack.PostgresServer;
import cn.medins.privacy.PersonalDataCipher;

/** Direct reads of a service's database, to check what a test did through the service's real interfaces. */
public final class TestDatabase {

    private static PersonalDataCipher cipher;

    private TestDatabase() {
    }

    /** The form a personal-data value (an ID number, a bank account) takes in the services' tables. */
    public static synchronized String sealed(String clear) {
        if (cipher == null) {
            cipher = PersonalDataCipher.readFrom(PersonalDataKeyset.in(TestTokens.KEYS));
        }
        return cipher.seal(clear);
    }

    /** The single number a query such as {@code select count(*) ...} returns; parameters bind to {@code ?} in order. */
    public static long number(String database, String sql, Object... parameters) {
        Object value = single(database, sql, parameters);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The first column of the first row, or {@code null} when there is no row. */
    public static Object single(String database, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(KafkaAndPostgresResource.jdbcUrl(database),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tables with a row that holds {@code text} anywhere, in clear: in a text or JSON column, or as bytes in a
     * binary one. This is what a dump of the database would show.
     */
    public static List<String> tablesContaining(String database, String text) {
        String hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(KafkaAndPostgresResource.jdbcUrl(database),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement list = connection.prepareStatement(
                        "select table_name from information_schema.tables where table_schema = 'public' "
                                + "and table_type = 'BASE TABLE' order by table_name");
                ResultSet names = list.executeQuery()) {
            while (names.next()) {
                String table = names.getString(1);
                try (PreparedStatement search = connection.prepareStatement("select exists (select 1 from \"" + table
                        + "\" row where strpos(row::text, ?) > 0 or strpos(row::text, ?) > 0)")) {
                    search.setString(1, text);
                    search.setString(2, hex);
                    try (ResultSet found = search.executeQuery()) {
                        found.next();
                        if (found.getBoolean(1)) {
                            tables.add(table);
                        }
                    }
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the tables of " + database + ": " + e.getMessage(), e);
        }
    }
}
