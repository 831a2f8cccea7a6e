package uk.casesearch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the engine plain Java, so it can be unit-tested, benchmarked and built natively alone. */
class ArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.casesearch");

  @Test
  void engineHasNoQuarkusCdiOrJakartaDependencies() {
    noClasses()
        .that()
        .resideInAPackage("uk.casesearch.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..",
            "jakarta..",
            "javax.inject..",
            "io.smallrye..",
            "org.jboss..",
            "uk.casesearch.app..",
            "uk.casesearch.api..",
            "uk.casesearch.cli..")
        .check(classes);
  }

  @Test
  void onlyTheTextIndexSeesLuceneAndOnlyTheVectorIndexSeesJVector() {
    // The cluster backend translates the text index's Lucene queries into the cluster's language.
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "uk.casesearch.engine.index.text..", "uk.casesearch.engine.index.opensearch..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackage("uk.casesearch.engine.index.vector..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.jbellis..")
        .check(classes);
  }
}
