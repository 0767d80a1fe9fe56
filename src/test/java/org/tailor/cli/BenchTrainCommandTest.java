package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchTrainCommandTest {
    @Test
    void timesEachVariantOnAGeneratedSet() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new BenchTrainCommand());
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("--users", "200", "--items", "100", "--interactions", "6000", "--queries", "20",
                "--variants", "als:factors=8,iterations=2,itemknn");
        assertEquals(0, code);
        String text = out.toString();
        assertTrue(text.contains("200 customers, 100 items, 6000 interactions"), text);
        assertTrue(text.contains("als:factors=8,iterations=2") && text.contains("itemknn:"), text);
        assertTrue(text.contains("top-10 median"), text);
        assertTrue(text.contains("live refresh after one new interaction"), text);
    }
}
