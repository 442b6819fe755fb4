package cn.medins.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import cn.medins.localstack.PostgresServer;

/** Direct reads of a service's database, to check what a test did through the service's real interfaces. */
public final class TestDatabase {

    private TestDatabase() {
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
}
