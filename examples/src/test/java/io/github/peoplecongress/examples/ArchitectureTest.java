package io.github.peoplecongress.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Module boundaries and library manners, checked on the compiled classes of every module. */
class ArchitectureTest {
  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.peoplecongress.model", "io.github.peoplecongress.rules",
            "io.github.peoplecongress.reporting");
  }

  @Test
  void model_depends_on_nothing_of_ours() {
    noClasses().that().resideInAPackage("io.github.peoplecongress.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.peoplecongress.rules..",
            "io.github.peoplecongress.reporting..", "io.github.peoplecongress.examples..")
        .check(library);
  }

  @Test
  void rules_and_reporting_do_not_depend_on_each_other() {
    noClasses().that().resideInAPackage("io.github.peoplecongress.rules..")
        .should().dependOnClassesThat().resideInAPackage("io.github.peoplecongress.reporting..")
        .allowEmptyShould(true).check(library);
    noClasses().that().resideInAPackage("io.github.peoplecongress.reporting..")
        .should().dependOnClassesThat().resideInAPackage("io.github.peoplecongress.rules..")
        .allowEmptyShould(true).check(library);
  }

  @Test
  void library_never_prints_nor_exits() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class)
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .check(library);
  }
}
