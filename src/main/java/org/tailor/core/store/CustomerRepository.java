package org.tailor.core.store;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tailor.core.model.Customer;

/** Reads customers. Writing belongs to the importer's batch writer. */
public final class CustomerRepository {
    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<Map<String, String>>() { }.getType();
    private final Workspace ws;

    public CustomerRepository(Workspace ws) {
        this.ws = ws;
    }

    public List<Customer> findAll() {
        String sql = "SELECT id, external_id, first_name, age, gender, occupation, country, city, zip, email, phone,"
                + " email_opt_in, opted_out, unsubscribed_at, attributes FROM customer ORDER BY id";
        List<Customer> out = new ArrayList<>();
        try (PreparedStatement ps = ws.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read customers", e);
        }
        return out;
    }

    private static Customer map(ResultSet rs) throws SQLException {
        Integer age = (Integer) rs.getObject(4) == null ? null : rs.getInt(4);
        Object optIn = rs.getObject(12);
        String attrs = rs.getString(15);
        Map<String, String> attributes = attrs == null ? Map.of() : GSON.fromJson(attrs, MAP);
        return new Customer(rs.getLong(1), rs.getString(2), rs.getString(3), age, rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                optIn == null ? null : rs.getInt(12) != 0, rs.getInt(13) != 0, rs.getString(14), attributes);
    }
}
