package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlgorithmCatalogTest {
    private final AlgorithmCatalog catalog = new AlgorithmCatalog();

    @Test
    void listsEveryVariant() {
        assertEquals(List.of("pop", "recentpop", "itemknn", "userknn", "als", "bpr", "ease", "content", "hybrid",
                "neural"), catalog.names());
    }

    @Test
    void parsesParametersAndFillsDefaults() {
        Recommender r = catalog.create("itemknn:sim=jaccard,k=20");
        assertEquals("itemknn:sim=jaccard,k=20,shrink=0.0", r.spec());
        assertEquals("als:factors=8,iterations=15,lambda=10.0,alpha=1.0,cg=3,seed=42",
                catalog.create("als:factors=8").spec());
    }

    @Test
    void specRoundTripsToTheSameVariant() {
        Recommender r = catalog.create("bpr:lr=0.1");
        assertEquals(r.spec(), catalog.create(r.spec()).spec());
    }

    @Test
    void splitsAListOfSpecsKeepingParametersWithTheirVariant() {
        assertEquals(List.of("pop", "itemknn:k=50,shrink=10", "als", "ease:lambda=300"),
                AlgorithmCatalog.splitSpecs("pop,itemknn:k=50,shrink=10,als;ease:lambda=300"));
    }

    @Test
    void rejectsUnknownParameterNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> catalog.create("ease:lamda=10"));
        assertTrue(e.getMessage().contains("no parameter 'lamda'") && e.getMessage().contains("lambda"),
                e.getMessage());
    }

    @Test
    void rejectsBadValuesAndNames() {
        assertThrows(IllegalArgumentException.class, () -> catalog.create("als:factors=many"));
        assertThrows(IllegalArgumentException.class, () -> catalog.create("itemknn:sim=euclid"));
        assertThrows(IllegalArgumentException.class, () -> catalog.create("pop:k=3"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.create("svd"));
        assertTrue(e.getMessage().startsWith("Unknown variant 'svd'"));
    }
}
