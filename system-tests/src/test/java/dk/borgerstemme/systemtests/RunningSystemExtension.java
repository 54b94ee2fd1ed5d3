package dk.borgerstemme.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the system once per test JVM, shares it between test classes and stops it when the last
 * test has run. A test or lifecycle method gets it by declaring a {@link RunningSystem} parameter.
 */
final class RunningSystemExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSystemExtension.class);

    private static RunningSystem system;
    private static RuntimeException startFailure;

    @Override
    public void beforeAll(ExtensionContext context) {
        system(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return system(context);
    }

    static synchronized RunningSystem system(ExtensionContext context) {
        // A system that failed to start fails every later class at once instead of trying again.
        if (startFailure != null) {
            throw startFailure;
        }
        if (system == null) {
            try {
                system = RunningSystem.start(Workspace.current());
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            RunningSystem started = system;
            // The root store closes it when all tests are done; the hook covers an aborted JVM.
            context.getRoot().getStore(NAMESPACE).put(RunningSystem.class, started);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-borgerstemme"));
        }
        return system;
    }
}
