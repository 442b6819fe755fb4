package cn.medins.audit.repository;

import java.util.List;

import cn.medins.reactive.InTurn;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Inserts many rows with one statement per few thousand rows instead of one per row: a poll's claims leave hundreds of
 * ledger rows, and a round trip each was most of the time a poll took.
 */
final class MultiRowInsert {

    /** Well under PostgreSQL's 65,535 bind parameters per statement. */
    private static final int MAX_PARAMETERS = 30_000;

    private MultiRowInsert() {
    }

    /**
     * @param into the table and its columns, as in {@code trace_use (trace_code, settlement_id)}
     * @param rows each row's values in the order of the columns; none may be null (a null has no type to bind with)
     * @param suffix what follows the values, such as an {@code on conflict} clause; may be empty
     */
    static Uni<Void> insert(String into, List<List<Object>> rows, String suffix) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int columns = rows.get(0).size();
        return InTurn.each(Unis.chunksOf(rows, MAX_PARAMETERS / columns),
                chunk -> Panache.getSession().chain(session -> {
                    var statement = session.createNativeQuery(sql(into, columns, chunk.size(), suffix));
                    int position = 1;
                    for (List<Object> row : chunk) {
                        for (Object value : row) {
                            statement.setParameter(position++, value);
                        }
                    }
                    return statement.executeUpdate().replaceWithVoid();
                }));
    }

    private static String sql(String into, int columns, int rows, String suffix) {
        StringBuilder sql = new StringBuilder("insert into ").append(into).append(" values ");
        int position = 1;
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < columns; column++) {
                sql.append(column == 0 ? "?" : ", ?").append(position++);
            }
            sql.append(')');
        }
        return sql.append(' ').append(suffix).toString();
    }
}
