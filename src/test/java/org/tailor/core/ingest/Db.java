package org.tailor.core.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a workspace file with its own JDBC connection, so tests check what was really committed. */
final class Db {
    private Db() {
    }

    static List<List<String>> rows(Path workspace, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static String one(Path workspace, String sql) {
        List<List<String>> r = rows(workspace, sql);
        return r.isEmpty() ? null : r.get(0).get(0);
    }

    static long count(Path workspace, String sql) {
        return Long.parseLong(one(workspace, sql));
    }

    static List<String> column(Path workspace, String sql) {
        return rows(workspace, sql).stream().map(r -> r.get(0)).toList();
    }
}
