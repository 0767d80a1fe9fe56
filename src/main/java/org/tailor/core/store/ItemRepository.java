package org.tailor.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.tailor.core.model.Item;

/** Reads items. */
public final class ItemRepository {
    private final Workspace ws;

    public ItemRepository(Workspace ws) {
        this.ws = ws;
    }

    public List<Item> findAll() {
        List<Item> out = new ArrayList<>();
        try (PreparedStatement ps = ws.connection().prepareStatement(
                "SELECT id, external_id, title, category, genres, price FROM item ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object price = rs.getObject(6);
                out.add(new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        price == null ? null : rs.getDouble(6)));
            }
        } catch (SQLException e) {
            throw new DataStoreException("Cannot read items", e);
        }
        return out;
    }
}
