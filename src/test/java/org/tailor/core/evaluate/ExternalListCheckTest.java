package org.tailor.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranked lists made elsewhere: malformed lists are refused, nothing scored is not reported as 0. */
class ExternalListCheckTest {
    @TempDir
    Path tmp;

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void repeatedRankIsRefusedWithFileAndBothLines() throws Exception {
        Path recs = file("recs.csv", "customer_id,rank,product_id\nu1,1,i1\nu1,1,i2\nu1,2,i1\nu2,1,i9\n");
        DataFileException e = assertThrows(DataFileException.class, () -> RatingsFile.readRanked(recs));
        assertEquals(recs + " line 3: customer u1 has rank 1 twice (lines 2 and 3); each rank may appear once per "
                + "customer", e.getMessage());
    }

    @Test
    void repeatedItemIsRefusedWithFileAndBothLines() throws Exception {
        Path recs = file("recs.csv", "customer_id,rank,product_id\nu1,1,i1\nu1,2,i2\nu1,3,i1\n");
        DataFileException e = assertThrows(DataFileException.class, () -> RatingsFile.readRanked(recs));
        assertEquals(recs + " line 4: customer u1 lists item i1 twice (lines 2 and 4, ranks 1 and 3); each item "
                + "may appear once per list", e.getMessage());
    }

    @Test
    void sameItemForTwoCustomersIsFine() throws Exception {
        Path recs = file("recs.csv", "customer_id,rank,product_id\nu1,1,i1\nu2,1,i1\n");
        assertEquals(2, RatingsFile.readRanked(recs).size());
    }

    @Test
    void evaluationRefusesRepeatsGivenInMemoryToo() {
        List<RatingsFile.RankedRow> recs = List.of(new RatingsFile.RankedRow("u1", 1, "i1", 2),
                new RatingsFile.RankedRow("u1", 2, "i1", 3));
        List<RatingRow> test = List.of(new RatingRow("u1", "i1", Double.NaN, RatingRow.NO_TIME, 2));
        DataFileException e = assertThrows(DataFileException.class,
                () -> ExternalListEvaluation.evaluate(recs, test, 3, 4, "lists.csv"));
        assertTrue(e.getMessage().startsWith("lists.csv line 3: customer u1 lists item i1 twice"), e.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void kIsCappedAtTheItemsOfTheTwoFiles() {
        // items i1, i2 (test) and i3 (list): 3 items, so K 2^31-1 becomes 3
        List<RatingsFile.RankedRow> recs = List.of(new RatingsFile.RankedRow("u1", 1, "i1", 2),
                new RatingsFile.RankedRow("u1", 2, "i3", 3));
        List<RatingRow> test = List.of(new RatingRow("u1", "i1", Double.NaN, RatingRow.NO_TIME, 2),
                new RatingRow("u1", "i2", Double.NaN, RatingRow.NO_TIME, 3));
        Map<String, Object> r = ExternalListEvaluation.evaluate(recs, test, Integer.MAX_VALUE, 4, "lists.csv");
        Map<String, Object> protocol = (Map<String, Object>) r.get("protocol");
        assertEquals(3, protocol.get("k"));
        assertEquals(Integer.MAX_VALUE, protocol.get("k_requested"));
        Map<String, Object> row = ((List<Map<String, Object>>) r.get("variants")).get(0);
        // one hit of two relevant in 3: precision 1/3, recall 1/2
        assertEquals(1.0 / 3, (Double) row.get("precision@3"), 1e-12);
        assertEquals(0.5, (Double) row.get("recall@3"), 1e-12);
        assertTrue(((List<String>) row.get("notes")).get(0).startsWith("K capped at 3 items"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void noRelevantTestItemGivesNullMetricsAndAnError() {
        List<RatingsFile.RankedRow> recs = List.of(new RatingsFile.RankedRow("u1", 1, "i1", 2));
        // rating 2 < threshold 4: nothing relevant
        List<RatingRow> test = List.of(new RatingRow("u1", "i1", 2.0, RatingRow.NO_TIME, 2));
        Map<String, Object> r = ExternalListEvaluation.evaluate(recs, test, 1, 4, "lists.csv");
        Map<String, Object> row = ((List<Map<String, Object>>) r.get("variants")).get(0);
        assertTrue(row.containsKey("ndcg@1"));
        assertNull(row.get("ndcg@1"));
        assertNull(row.get("coverage"));
        assertEquals("no customer could be scored: no test customer has a relevant item (test rating >= 4.0)",
                r.get("error"));
    }

    @Test
    void emptyListFileIsRefused() {
        DataFileException e = assertThrows(DataFileException.class, () -> ExternalListEvaluation.evaluate(List.of(),
                List.of(new RatingRow("u1", "i1", Double.NaN, RatingRow.NO_TIME, 2)), 3, 4, "zero.csv"));
        assertEquals("zero.csv has no recommendation rows: there is nothing to score", e.getMessage());
    }

    @Test
    void truncatedGzipNamesTheFile() throws Exception {
        Path full = tmp.resolve("full.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(full))) {
            for (int i = 0; i < 5000; i++) {
                out.write(("u" + i + "\ti" + (i * 7919 % 1000) + "\t4\t" + (1000 + i) + "\n").getBytes());
            }
        }
        byte[] bytes = Files.readAllBytes(full);
        Path cut = tmp.resolve("cut.tsv.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        DataFileException e = assertThrows(DataFileException.class, () -> RatingsFile.readRatings(cut));
        assertEquals("Cannot read " + cut + ": the gzip data is truncated or damaged; the file may not have been "
                + "copied whole", e.getMessage());
    }

    @Test
    void missingFileAndFolderAreSaidInWords() {
        Path missing = tmp.resolve("nope.tsv");
        assertEquals("Cannot read " + missing + ": the file does not exist",
                assertThrows(DataFileException.class, () -> RatingsFile.readRatings(missing)).getMessage());
        assertEquals("Cannot read " + tmp + ": it is a folder, not a file",
                assertThrows(DataFileException.class, () -> RatingsFile.readRatings(tmp)).getMessage());
        assertEquals("the folder does not exist", FileMessages.writeProblem(tmp.resolve("no/x.tsv")));
        assertEquals("it is a folder, not a file", FileMessages.writeProblem(tmp));
        assertNull(FileMessages.writeProblem(tmp.resolve("x.tsv")));
    }
}
