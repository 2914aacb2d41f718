package app.tandem.cli;

import java.io.PrintStream;

/** Placeholder replaced when the engine branch is merged. */
public final class TandemCli {
    private TandemCli() {
    }

    public static boolean handles(String[] args) {
        return false;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return 2;
    }
}
