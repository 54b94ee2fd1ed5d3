package dk.borgerstemme.complaint;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dk.borgerstemme", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theComplaintServiceUsesNoOtherServicesCode = noClasses()
        .that().resideInAPackage("dk.borgerstemme.complaint..")
        .should().dependOnClassesThat().resideInAnyPackage("dk.borgerstemme.survey..", "dk.borgerstemme.gateway..");

    @ArchTest
    static final ArchRule thePlatformKnowsNoService = noClasses()
        .that().resideInAPackage("dk.borgerstemme.platform..")
        .should().dependOnClassesThat().resideInAnyPackage("dk.borgerstemme.survey..", "dk.borgerstemme.complaint..", "dk.borgerstemme.gateway..");
}
