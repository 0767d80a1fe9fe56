package org.tailor.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One workspace: a single SQLite file holding everything Tailor knows. Opening it creates or migrates the schema.
 * The only class that hands out the JDBC connection; repositories in this package use it.
 */
public final class Workspace implements AutoCloseable {
    public static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final Connection connection;

    private Workspace(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when missing) the workspace file and brings its schema up to date. */
    public static Workspace open(Path file) {
        if (Files.isDirectory(file)) {
            throw new DataStoreException("Cannot open workspace " + file + ": it is a folder, not a file");
        }
        Connection c = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            c = connect(file);
            Workspace ws = new Workspace(file, c);
            ws.checkOurs();
            ws.configure();
            ws.migrate();
            return ws;
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof DataStoreException d) {
                throw d;
            }
            throw new DataStoreException("Cannot open workspace " + file + ": " + plain(file, e), e);
        }
    }

    /**
     * A connection without SQLite's own per-call mutex (SQLITE_OPEN_NOMUTEX). Every call into SQLite through the
     * driver is already serialized by the driver (its native methods synchronize on the connection), and a
     * workspace's connection is used by one thread at a time; the mutex cost a lock per bound value, about an
     * eighth of writing an imported row. sqlite3_interrupt (cancel) stays safe from another thread.
     */
    private static Connection connect(Path file) throws SQLException {
        NativeSqlite.prepare();
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setOpenMode(org.sqlite.SQLiteOpenMode.NOMUTEX);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    /**
     * Refuses a SQLite file that holds tables but is not a Tailor workspace (another application's database):
     * creating Tailor's tables in it would change a file that is not ours.
     */
    private void checkOurs() throws SQLException {
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.isEmpty() && !(tables.contains("schema_version") && tables.contains("import_run"))) {
            throw new DataStoreException(file + " is a SQLite database but not a Tailor workspace (it holds "
                    + (tables.size() > 5 ? String.join(", ", tables.subList(0, 5)) + " ..." : String.join(", ", tables))
                    + "); choose another --workspace file");
        }
    }

    /** A SQLite or I/O failure in plain words naming the file. */
    static String plain(Path file, Throwable e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB")) {
            return file + " is not a Tailor workspace: it is not a SQLite database file";
        }
        if (m.contains("SQLITE_READONLY")) {
            return file + " is read-only: Tailor cannot write to it (check the file's and its folder's permissions)";
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return "cannot open " + file + " (check that its folder exists and is writable)";
        }
        if (m.contains("SQLITE_FULL")) {
            return "the disk holding " + file + " is full";
        }
        if (m.contains("SQLITE_CORRUPT")) {
            return file + " is damaged (SQLite reports it as corrupt); restore it from a copy";
        }
        if (m.contains("SQLITE_BUSY")) {
            return file + " is in use by another program; close it and try again";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied for " + m;
        }
        return m;
    }

    /** An in-memory workspace, for tests and scratch work. */
    public static Workspace inMemory() {
        try {
            NativeSqlite.prepare();
            Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
            Workspace ws = new Workspace(null, c);
            ws.configure();
            ws.migrate();
            return ws;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot create an in-memory workspace", e);
        }
    }

    private void configure() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA busy_timeout = 5000");
        }
    }

    /**
     * Brings a version-1 workspace made before the additive changes up to date: the {@code customer_id} column of
     * {@code rejected_row} and the indexes at the end of schema.sql (all idempotent).
     */
    private void upgrade() throws SQLException {
        boolean has = false;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(rejected_row)")) {
            while (rs.next()) {
                has |= "customer_id".equals(rs.getString("name"));
            }
        }
        try (Statement st = connection.createStatement()) {
            if (!has) {
                st.execute("ALTER TABLE rejected_row ADD COLUMN customer_id TEXT");
            }
            st.execute("CREATE INDEX IF NOT EXISTS rejected_row_line ON rejected_row(import_id, line)");
            st.execute("CREATE INDEX IF NOT EXISTS rejected_row_customer ON rejected_row(customer_id)");
            st.execute("CREATE INDEX IF NOT EXISTS import_run_sha256 ON import_run(file_sha256)");
            // de-duplication by natural key moved into the importer (see schema.sql): the unique index would only
            // cost every later import a b-tree insert per row
            st.execute("DROP INDEX IF EXISTS interaction_natural_key");
        }
    }

    private void migrate() throws SQLException {
        int current = 0;
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'")) {
                if (rs.next()) {
                    try (ResultSet v = connection.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
                        current = v.next() ? v.getInt(1) : 0;
                    }
                }
            }
        }
        if (current > SCHEMA_VERSION) {
            throw new DataStoreException("Workspace " + file + " was written by a newer Tailor (schema " + current + ")");
        }
        if (current == SCHEMA_VERSION) {
            upgrade();
            return;
        }
        String sql = readSchema();
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String part : sql.split("(?m)^;\\s*$")) {
                String stmt = stripComments(part).trim();
                if (!stmt.isEmpty()) {
                    st.execute(stmt);
                }
            }
            st.execute("DELETE FROM schema_version");
            st.execute("INSERT INTO schema_version(version) VALUES (" + SCHEMA_VERSION + ")");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    private static String stripComments(String part) {
        StringBuilder sb = new StringBuilder();
        for (String line : part.split("\n")) {
            int i = line.indexOf("--");
            sb.append(i >= 0 ? line.substring(0, i) : line).append('\n');
        }
        return sb.toString();
    }

    private static String readSchema() {
        try (InputStream in = Workspace.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new DataStoreException("schema.sql is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataStoreException("Cannot read schema.sql", e);
        }
    }

    /** The file behind this workspace, empty for an in-memory one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The JDBC connection; for repositories in {@code core.store} only. */
    Connection connection() {
        return connection;
    }

    /** Runs work in one transaction: everything or nothing is stored. */
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (readOnly(e)) {
                    throw new DataStoreException(plain(file, new SQLException("SQLITE_READONLY")), e);
                }
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DataStoreException("Workspace write failed: " + plain(file, e), e);
        }
    }

    private static boolean readOnly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("SQLITE_READONLY")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs one INSERT with its values bound in order ({@code null}, text, numbers, bytes) and returns the new row id.
     * The one place the repositories' "store a run and return its id" lives.
     */
    static long insertReturningId(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Work against the connection inside {@link #inTransaction}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    public Optional<String> setting(String key) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read setting " + key, e);
        }
    }

    public void putSetting(String key, String value) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot write setting " + key, e);
        }
    }

    /** The per-workspace secret used for pseudonyms (HMAC-SHA256 key), created on first use. */
    public byte[] pseudonymSecret() {
        String hex = setting("pseudonym.secret").orElseGet(() -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String h = HexFormat.of().formatHex(key);
            putSetting("pseudonym.secret", h);
            return h;
        });
        return HexFormat.of().parseHex(hex);
    }

    /** Counts the rows of one of the workspace tables (name checked against the schema). */
    public long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new DataStoreException("Cannot count " + table, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataStoreException("Cannot close workspace " + file, e);
        }
    }
}
