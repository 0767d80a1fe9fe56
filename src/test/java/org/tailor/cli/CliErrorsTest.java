package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CliErrorsTest {
    @Test
    void anExceptionWithoutMessageIsNotShownAsItsClassName() {
        String m = CliErrors.message(new IllegalArgumentException());
        assertFalse(m.contains("IllegalArgumentException"), m);
        assertEquals("an unexpected internal error stopped the command (no details were given); please report the "
                + "command and its input files", m);
    }

    @Test
    void theFirstMessageInTheCauseChainIsUsed() {
        assertEquals("Cannot read x.tsv: the file does not exist",
                CliErrors.message(new RuntimeException(new IllegalStateException("Cannot read x.tsv: the file does not exist"))));
    }
}
