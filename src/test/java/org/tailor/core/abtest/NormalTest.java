package org.tailor.core.abtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalTest {
    @Test
    void erfcMatchesTabulatedValues() {
        // reference values (Abramowitz & Stegun table 7.1 / Wolfram): erfc(0.5), erfc(1), erfc(2), erfc(3), erfc(5)
        assertEquals(0.4795001221869535, Normal.erfc(0.5), 1e-13);
        assertEquals(0.1572992070502851, Normal.erfc(1.0), 1e-13);
        assertEquals(0.004677734981047266, Normal.erfc(2.0), 1e-14);
        assertEquals(2.209049699858544e-05, Normal.erfc(3.0), 1e-16);
        assertEquals(1.537459794428035e-12, Normal.erfc(5.0), 1e-20);
        assertEquals(1.8427007929497148, Normal.erfc(-1.0), 1e-13);
    }

    @Test
    void cdfAndQuantileAgreeWithStandardTables() {
        assertEquals(0.9750021048517795, Normal.cdf(1.96), 1e-12);
        assertEquals(0.0013498980316301, Normal.cdf(-3.0), 1e-14);
        assertEquals(0.5, Normal.cdf(0), 1e-15);
        assertEquals(1.959963984540054, Normal.quantile(0.975), 1e-10);
        assertEquals(-2.326347874040841, Normal.quantile(0.01), 1e-10);
    }
}
