package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every option and parameter of every subcommand explains itself in --help; summaries read as sentences. */
class CliHelpTextTest {
    @Test
    void everyOptionHasADescription() {
        List<String> missing = new ArrayList<>();
        collect(new CommandLine(new TailorCli()), missing);
        assertEquals(List.of(), missing);
    }

    private static void collect(CommandLine cl, List<String> missing) {
        String name = cl.getCommandSpec().qualifiedName();
        for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
            if (o.description().length == 0 || o.description()[0].isBlank()) {
                missing.add(name + " " + o.longestName());
            }
        }
        for (CommandLine.Model.PositionalParamSpec p : cl.getCommandSpec().positionalParameters()) {
            if (p.description().length == 0 || p.description()[0].isBlank()) {
                missing.add(name + " " + p.paramLabel());
            }
        }
        cl.getSubcommands().values().forEach(sub -> collect(sub, missing));
    }

    @Test
    void campaignAccountingReadsAsALine() {
        Map<String, Integer> a = new LinkedHashMap<>();
        a.put("audience", 164);
        a.put("exported", 160);
        a.put("treatment", 144);
        a.put("control", 16);
        a.put("opted_out", 3);
        a.put("no_consent", 1);
        // 164 = 160 exported + 3 opted out + 1 without consent
        assertEquals("audience 164, exported 160 (treatment 144, control 16); left out: opted out 3, no consent 1",
                CampaignCommand.accountingLine(a));
    }
}
