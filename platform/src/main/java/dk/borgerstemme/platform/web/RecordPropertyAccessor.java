package dk.borgerstemme.platform.web;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record's components in templates ({@code ${page.csrfToken}}) through the component's accessor,
 * found once per record class. OGNL looks for bean getters first and, finding none on a record, scans
 * every public method of the class by name for each property read; a profile of the survey pages showed
 * that scan as the largest single cost of rendering them (docs/benchmarks.md). Anything that is not a
 * component is left to OGNL's own accessor, as before.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return Map.of();
            }
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : components) {
                Method accessor = component.getAccessor();
                // A record declared inside a controller is often package-private; OGNL makes such
                // accessors callable the same way.
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return Collections.unmodifiableMap(accessors);
        }
    };

    private static volatile boolean installed;

    /** Makes every record read this way; OGNL's accessors are global, so once per JVM is enough. */
    static void install() {
        if (!installed) {
            synchronized (RecordPropertyAccessor.class) {
                if (!installed) {
                    OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
                    installed = true;
                }
            }
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (target != null && name instanceof String property) {
            Method accessor = COMPONENTS.get(target.getClass()).get(property);
            if (accessor != null) {
                try {
                    return accessor.invoke(target);
                } catch (IllegalAccessException e) {
                    throw new OgnlException("Cannot read " + property, e);
                } catch (InvocationTargetException e) {
                    throw new OgnlException("Reading " + property + " failed", e.getCause());
                }
            }
        }
        return super.getProperty(context, target, name);
    }
}
