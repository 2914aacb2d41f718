package app.tandem;

import app.tandem.cli.TandemCli;

/**
 * The jar's entry point. Command-line tools ({@code assess}, {@code report}, {@code --help}) run
 * without Spring, a database or a web server so that they start in well under two seconds and
 * keep standard output free of log lines; anything else starts the web application.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (TandemCli.handles(args)) {
            System.setProperty("java.awt.headless", "true");
            System.exit(TandemCli.run(args, System.out, System.err));
        }
        TandemApplication.main(args);
    }
}
