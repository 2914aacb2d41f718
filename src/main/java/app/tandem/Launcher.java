package app.tandem;
public final class Launcher { public static void main(String[] a) {} }
