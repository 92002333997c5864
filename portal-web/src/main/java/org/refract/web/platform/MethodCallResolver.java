package org.refract.web.platform;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Method calls in page expressions ({@code #{d.pseudonym()}}, {@code #{caseFormat.statusIcon(s)}}) with the method
 * looked up once per class, name and number of arguments (issue 16). The standard resolver asks the class for all its
 * public methods on every call ({@code Class.getMethods()} copies them each time): on the case page that was 7 % of
 * the server's CPU. The pages call records' accessors, which expression language 5 cannot read as properties.
 *
 * <p>It answers only the calls it can make exactly as the standard resolver would: a public method of a public class,
 * the only one of that name and number of parameters, not varargs, with arguments that need no conversion. Everything
 * else (overloads, conversions, collections' {@code stream()}, static calls) goes on to the standard resolvers.
 */
public class MethodCallResolver extends ELResolver {

    private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null
                || method == null
                || base instanceof Collection<?>
                || base instanceof Map<?, ?>
                || base instanceof ELClass
                || base.getClass().isArray()) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Method target = method(base.getClass(), method.toString(), arguments.length);
        if (target == null || !fits(target, paramTypes, arguments)) {
            return null;
        }
        try {
            Object result = target.invoke(base, arguments);
            context.setPropertyResolved(base, method);
            return result;
        } catch (IllegalAccessException refused) {
            return null; // the standard resolver finds an accessible declaration
        } catch (InvocationTargetException failed) {
            throw new ELException(failed.getCause());
        }
    }

    /** The one public method of this name and number of parameters of a public class, or null. */
    static Method method(Class<?> type, String name, int parameters) {
        return METHODS.get(type)
                .computeIfAbsent(name + '/' + parameters, key -> find(type, name, parameters))
                .orElse(null);
    }

    private static Optional<Method> find(Class<?> type, String name, int parameters) {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == parameters)
                .toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        Method only = candidates.get(0);
        boolean callable = !only.isVarArgs()
                && Modifier.isPublic(only.getModifiers())
                && Modifier.isPublic(only.getDeclaringClass().getModifiers());
        return callable ? Optional.of(only) : Optional.empty();
    }

    /** Whether the arguments can be passed as they are (the standard resolver would convert the others). */
    static boolean fits(Method method, Class<?>[] paramTypes, Object[] arguments) {
        Class<?>[] types = method.getParameterTypes();
        if (paramTypes != null && !Arrays.equals(paramTypes, types)) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Object argument = arguments[i];
            if (argument == null ? types[i].isPrimitive() : !boxed(types[i]).isInstance(argument)) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> type) {
        return MethodType.methodType(type).wrap().returnType();
    }

    // ---------- property access is left to the other resolvers ----------

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not a property resolver
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
