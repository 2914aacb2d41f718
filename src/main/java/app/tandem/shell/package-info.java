/**
 * The application's shell: the layout every signed-in page sits in (navigation from the
 * {@code @Menu} routes, the couple search, the signed-in user and sign-out) and the error pages
 * shown inside it. It sits above every feature because it shows them all; nothing depends on it
 * (decision 0087).
 */
package app.tandem.shell;
