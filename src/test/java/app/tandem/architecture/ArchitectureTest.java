package app.tandem.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.tandem.base.FieldLimits;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;

class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.tandem");

    @Test
    void every_route_carries_an_access_annotation() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(MAIN);
    }

    @Test
    void engine_case_file_chart_and_text_packages_stay_plain_java() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "app.tandem.assessment..",
                        "app.tandem.casefile..",
                        "app.tandem.chart..",
                        "app.tandem.text..",
                        "app.tandem.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..", "org.hibernate..")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void views_talk_to_services_not_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(MAIN);
    }

    /** Several instances may share the database: every scheduled job must take its lock row first (decision 0071). */
    @Test
    void every_scheduled_job_takes_the_shared_lock() {
        methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .or()
                .areAnnotatedWith(Schedules.class)
                .should()
                .beAnnotatedWith(SchedulerLock.class)
                .check(MAIN);
    }

    /**
     * tandem-cli.jar carries only these packages and four libraries (src/assembly/cli.xml): a
     * dependency on anything else would make the small jar fail at run time (decision 0072).
     */
    @Test
    void the_command_line_needs_only_what_tandem_cli_jar_carries() {
        String[] packages = {
            "app.tandem.cli..",
            "app.tandem.assessment..",
            "app.tandem.casefile..",
            "app.tandem.chart..",
            "app.tandem.text..",
            "app.tandem.pdf.."
        };
        classes()
                .that()
                .resideInAnyPackage(packages)
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(concat(
                                packages,
                                "java..",
                                "tools.jackson..",
                                "com.fasterxml.jackson.annotation..",
                                "org.yaml.snakeyaml..",
                                "org.openpdf..",
                                // @NullMarked on package-info: an annotation the JVM ignores when absent at run time
                                "org.jspecify.annotations.."))
                        // the one class of base the jar carries: the case-file reader's ranges (decision 0084)
                        .or(belongToAnyOf(FieldLimits.class)))
                .check(MAIN);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
