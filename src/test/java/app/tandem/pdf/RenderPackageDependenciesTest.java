package app.tandem.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class RenderPackageDependenciesTest {

    private final JavaClasses renderClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.tandem.pdf");

    @Test
    void renderer_is_plain_java_without_spring_jpa_or_vaadin() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "com.vaadin..",
                        "app.tandem.report..",
                        "app.tandem.practice..",
                        "app.tandem.couple..",
                        "app.tandem.session..")
                .because("the command line, the web app and the batch share it without a database")
                .check(renderClasses);
    }
}
