package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Runs an {@link InBothLanguages} test once per {@link Language}. */
final class BothLanguages implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(method -> method.isAnnotationPresent(InBothLanguages.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Arrays.stream(Language.values()).map(BothLanguages::invocationIn);
    }

    private static TestTemplateInvocationContext invocationIn(Language language) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return language.description();
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new ParameterResolver() {
                    @Override
                    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extensionContext) {
                        return parameter.getParameter().getType() == Language.class;
                    }

                    @Override
                    public Object resolveParameter(ParameterContext parameter, ExtensionContext extensionContext) {
                        return language;
                    }
                });
            }
        };
    }
}
