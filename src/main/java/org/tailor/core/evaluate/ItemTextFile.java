package org.tailor.core.evaluate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tailor.core.index.IdIndex;

/**
 * Item text for the content variant and for intra-list diversity: either the MovieLens {@code u.item} layout
 * (pipe-separated, Latin-1, id|title|release|video|url|19 genre flags) or a delimited file with a header naming an
 * id column and any of title, category, genres. Returns the text per item index of {@code items} (null if absent).
 */
public final class ItemTextFile {
    private static final List<String> ML_GENRES = List.of("unknown", "Action", "Adventure", "Animation", "Children",
            "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery",
            "Romance", "Sci-Fi", "Thriller", "War", "Western");

    private ItemTextFile() {
    }

    public static String[] read(Path file, IdIndex items) {
        RatingsFile f = RatingsFile.load(file, StandardCharsets.ISO_8859_1);
        String[] text = new String[items.size()];
        boolean movieLens = f.header() == null && !f.rows().isEmpty() && f.rows().get(0).length == 5 + ML_GENRES.size();
        int idCol = 0;
        int[] textCols = {1};
        if (!movieLens && f.header() != null) {
            idCol = -1;
            List<Integer> cols = new java.util.ArrayList<>();
            String[] h = f.header();
            for (int c = 0; c < h.length; c++) {
                String n = h[c].toLowerCase(Locale.ROOT);
                if (idCol < 0 && n.matches("(item|product|movie)?_?id|sku")) {
                    idCol = c;
                } else if (n.matches("title|name|category|categories|genre|genres|description")) {
                    cols.add(c);
                }
            }
            if (idCol < 0) {
                throw new DataFileException(file + " line 1: no item id column (item_id, product_id, sku or id)");
            }
            textCols = cols.stream().mapToInt(Integer::intValue).toArray();
        }
        for (String[] cells : f.rows()) {
            if (cells.length <= idCol) {
                continue;
            }
            var idx = items.indexOf(cells[idCol]);
            if (idx.isEmpty()) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int c : textCols) {
                if (c < cells.length) {
                    sb.append(cells[c].replace('|', ' ')).append(' ');
                }
            }
            if (movieLens) {
                for (int g = 0; g < ML_GENRES.size(); g++) {
                    if ("1".equals(cells[5 + g])) {
                        sb.append("genre_").append(ML_GENRES.get(g).replace("-", "")).append(' ');
                    }
                }
            }
            text[idx.getAsInt()] = sb.toString().trim();
        }
        return text;
    }
}
