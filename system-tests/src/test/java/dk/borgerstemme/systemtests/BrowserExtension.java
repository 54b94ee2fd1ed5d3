package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test that declares a {@link Browser} parameter its own fresh browser, keeps a screenshot
 * and the page source when the test fails, and closes the browser afterwards.
 */
final class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class && context.getTestMethod().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningSystem system = RunningSystemExtension.system(context);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class, ignored -> Browser.launch(system.gatewayUrl()), Browser.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null && context.getExecutionException().isPresent()) {
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + "." + context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-");
            browser.saveEvidence(Workspace.current().target().resolve("system-test-evidence"), name);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // Removed before closing, so the store does not close it a second time.
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
