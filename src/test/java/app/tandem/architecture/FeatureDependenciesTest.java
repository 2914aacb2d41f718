package app.tandem.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The features' dependency picture of decision 0087: top-level packages under {@code app.tandem}
 * form no cycle, and a feature's Spring Data repositories are used only inside that feature
 * (other features ask the feature's service or its {@code *Records} component).
 */
class FeatureDependenciesTest {

    private static final String ROOT = "app.tandem.";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.tandem");

    @Test
    void top_level_packages_form_no_cycle() {
        slices().matching("app.tandem.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void repositories_are_used_only_inside_their_own_feature() {
        classes()
                .that()
                .areInterfaces()
                .and()
                .areAssignableTo(Repository.class)
                .should(beUsedOnlyInsideTheirOwnFeature())
                .check(MAIN);
    }

    /** The whole record holds private notes and safety records and checks no access itself. */
    @Test
    void only_progress_and_transfer_assemble_the_whole_record() {
        noClasses()
                .that()
                .resideOutsideOfPackages("app.tandem.progress..", "app.tandem.transfer..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("app.tandem.progress.CaseRecordAssembler")
                .check(MAIN);
    }

    static String feature(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(ROOT)) {
            return name;
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                for (Dependency d : repository.getDirectDependenciesToSelf()) {
                    if (!feature(d.getOriginClass()).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
