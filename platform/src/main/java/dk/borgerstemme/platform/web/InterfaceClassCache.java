package dk.borgerstemme.platform.web;

import ognl.OgnlRuntime;
import ognl.enhance.ExpressionCompiler;

/**
 * OGNL's expression compiler with its interface-class look-up remembered per class. For every step of a
 * chain such as {@code ${question.options[0].id}} OGNL asks which collection interface the object's class
 * implements, walking the class's superclasses and copying their interface arrays each time; the survey pages'
 * profile showed that walk as 3–4 % of the service's CPU (docs/benchmarks.md). The answer depends on the
 * class alone, so it is found once per class.
 */
final class InterfaceClassCache extends ExpressionCompiler {

    private final ClassValue<Class<?>> interfaceClasses = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            return InterfaceClassCache.super.getInterfaceClass(type);
        }
    };

    private static volatile boolean installed;

    /** OGNL's compiler is global, so once per JVM is enough. */
    static void install() {
        if (!installed) {
            synchronized (InterfaceClassCache.class) {
                if (!installed) {
                    OgnlRuntime.setCompiler(new InterfaceClassCache());
                    installed = true;
                }
            }
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getInterfaceClass(Class type) {
        return interfaceClasses.get(type);
    }
}
