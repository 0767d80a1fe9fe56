package org.tailor.ui;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tailor.cli.TailorCli;

/**
 * Plain entry point (not a JavaFX Application, which keeps a shaded jar launchable): with no arguments it opens
 * the app, with a subcommand it runs the headless CLI and never touches the display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            TailorApp.launchApp(args);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = TailorCli.run(args, out, err);
        System.exit(code);
    }
}
