package app.tandem.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ChartPackageDependenciesTest {

    private final JavaClasses chartClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.tandem.chart");

    @Test
    void chart_code_is_plain_java_without_spring_jpa_vaadin_or_awt() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "com.vaadin..",
                        "java.awt..",
                        "javax.imageio..")
                .because("the Progress view and the PDF report both reuse it, and charts are vectors, not AWT images")
                .check(chartClasses);
    }
}
