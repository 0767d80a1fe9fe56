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
            String noDisplay = missingDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"),
                    System.getenv("WAYLAND_DISPLAY"));
            if (noDisplay != null) {
                System.err.println(noDisplay);
                System.exit(2);
            }
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

    /**
     * The message to show instead of a JavaFX stack trace when a Linux machine has no display to open a window on;
     * null when a window can be tried.
     */
    static String missingDisplay(String osName, String display, String waylandDisplay) {
        boolean linux = osName.toLowerCase(java.util.Locale.ROOT).contains("linux");
        boolean none = (display == null || display.isBlank()) && (waylandDisplay == null || waylandDisplay.isBlank());
        return linux && none ? "Tailor needs a desktop to open its window, and this session has no display (DISPLAY is"
                + " not set). Run it on a desktop, or use the headless commands: "
                + org.tailor.cli.SelfCommand.text() + " --help" : null;
    }
}
