package org.tailor.core.abtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tailor.core.CaseCsv;

/** BL-20: values from its expected.md. */
class AbTestAnalyzerTest {
    private final AbTestAnalyzer analyzer = new AbTestAnalyzer();

    private static List<DailyResult> read(String file) {
        return CaseCsv.read("BL-20-ab-test-sidedness-unequal-peeking", file).stream()
                .map((Map<String, String> r) -> new DailyResult(r.getOrDefault("date", ""), r.get("variant"),
                        Long.parseLong(r.get("visitors")), Long.parseLong(r.get("conversions")))).toList();
    }

    @Test
    void bl20FinalTotalsTwoSidedNotSignificant() {
        AbTestResult r = analyzer.analyzeDaily(read("results_final.csv"), null, Alternative.TWO_SIDED, 0.05);
        assertEquals(1200, r.control().visitors());
        assertEquals(800, r.treatment().visitors());
        assertEquals(0.0175, r.absoluteDifference(), 1e-12);
        assertEquals(0.35, r.relativeLift(), 1e-12);
        assertEquals(0.057, r.pooledRate(), 1e-12);
        assertEquals(1.653733, r.z(), 5e-7);
        assertEquals(0.098182, r.pValue(), 5e-7);
        assertEquals(0.049091, r.pOneSided(), 5e-7);
        assertEquals(2.734833, r.chiSquare(), 5e-7);
        assertEquals(0.098182, r.chiSquareP(), 5e-7);
        assertEquals(-0.0038, r.ciLow(), 5e-5);   // -0.38 pp
        assertEquals(0.0388, r.ciHigh(), 5e-5);   // +3.88 pp
        assertEquals(0.114904, r.fisherTwoSidedP(), 5e-7);
        assertFalse(r.significant());
        assertTrue(r.verdict().contains("no winner"));
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void bl20DailyLooksAreInterimAndTheVerdictUsesTheFullSample() {
        AbTestResult r = analyzer.analyzeDaily(read("results_daily.csv"), null, Alternative.TWO_SIDED, 0.05);
        double[] expected = {0.005951, 0.001031, 0.011931, 0.043724, 0.098182};
        assertEquals(5, r.looks().size());
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], r.looks().get(i).pValue(), 5e-7, "day " + (i + 1));
            assertEquals(i < 4 ? "interim" : "final", r.looks().get(i).label());
        }
        assertEquals(1.653733, r.z(), 5e-7);
        assertFalse(r.significant());
        assertTrue(r.warnings().contains(AbTestAnalyzer.REPEATED_LOOKS_WARNING));
        assertEquals(2, r.warnings().size());
    }

    @Test
    void aaTestGivesNoDifference() {
        AbTestResult r = analyzer.analyze(new Arm("a", 1000, 50), new Arm("b", 1000, 50), Alternative.TWO_SIDED, 0.05);
        assertEquals(0.0, r.z(), 0);
        assertEquals(1.0, r.pValue(), 1e-12);
        assertEquals("no difference", r.verdict());
        assertEquals(1.0, r.fisherTwoSidedP(), 1e-9);
    }

    @Test
    void emptyArmIsNotCalledNoDifference() {
        AbTestResult r = analyzer.analyze(new Arm("a", 0, 0), new Arm("b", 10, 1), Alternative.TWO_SIDED, 0.05);
        assertEquals("not enough data: an arm has no visitors", r.verdict());
        assertFalse(r.significant());
    }

    @Test
    void oneSidedChosenBeforehandIsLabelled() {
        AbTestResult r = analyzer.analyze(new Arm("control", 1200, 60), new Arm("b", 800, 54), Alternative.GREATER, 0.05);
        assertEquals(0.049091, r.pValue(), 5e-7);
        assertTrue(r.significant());
        assertTrue(r.test().contains("greater"));
    }

    @Test
    void moreThanTwoArmsAreRefusedWithTheirNames() {
        List<DailyResult> rows = List.of(new DailyResult("", "a", 10, 1), new DailyResult("", "b", 10, 1),
                new DailyResult("", "c", 10, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> analyzer.analyzeDaily(rows, null, Alternative.TWO_SIDED, 0.05));
        assertTrue(e.getMessage().contains("a, b, c"));
    }

    @Test
    void aRepeatedArmRowIsRefusedNotSummed() {
        List<DailyResult> rows = List.of(new DailyResult("", "control", 1000, 50),
                new DailyResult("", "treatment", 1000, 60), new DailyResult("", "control", 500, 10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> analyzer.analyzeDaily(rows, null, Alternative.TWO_SIDED, 0.05));
        assertEquals("Arm 'control' appears twice: give one row per arm (rows are not added up)", e.getMessage());
    }
}
