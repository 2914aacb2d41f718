package app.tandem;

import app.tandem.cli.TandemCli;

/**
 * The jar's entry point. Command-line tools ({@code assess}, {@code report}, {@code --help}) run
 * without Spring, a database or a web server and keep standard output free of log lines; anything
 * else starts the web application. The same commands start faster from {@code tandem-cli.jar},
 * which carries only the plain-Java packages they need (decision 0072).
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (TandemCli.handles(args)) {
            TandemCli.main(args);
        }
        TandemApplication.main(args);
    }
}
