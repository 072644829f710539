package se.samverkansportalen.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods without arguments that pages call on the values they show ({@code
 * #{cell.light()}}, {@code #{row.kommunName()}}, {@code #{paging.page()}}: the records of the
 * services' views have no JavaBean getters, so pages call their accessors), finding each method
 * once per class and name instead of on every call.
 *
 * <p>Why: the Expression Language 5 of Jakarta EE 10 ({@code jakarta.el.BeanELResolver.invoke})
 * looks a called method up among all of its class's public methods on every call, copying the
 * class's method list each time. Measured with Java Flight Recorder under {@code bin/benchmark} at
 * 290 kommuner, that lookup took 32 % of the request threads' time on the status matrix page and
 * 55 % on the trend page (issue 15). Expression Language 6 resolves record components itself.
 *
 * <p>Takes only calls without arguments on a non-null value, of a public method declared by a
 * public class (a record of a service's view, a {@code List}); every other call (with arguments,
 * on a bean name, a method not found or not public) is left to the resolvers after this one, so
 * its result and its refusal are the Expression Language's own. Changes no value ({@link
 * #setValue} resolves nothing) and reads no property.
 */
public class CachedMethodResolver extends ELResolver {

    private static final ClassValue<ConcurrentHashMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /**
     * Calls {@code method} without arguments on {@code base} when it is a public method of a public
     * class or interface the value has, and marks the call resolved; otherwise leaves it unresolved
     * and returns null. A method that throws is answered with an {@link ELException} holding what it
     * threw, as the Expression Language's own resolver does.
     */
    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || (params != null && params.length > 0)
                || (paramTypes != null && paramTypes.length > 0)) {
            return null;
        }
        Optional<Method> found = METHODS.get(base.getClass()).computeIfAbsent(name, n -> publicMethod(base.getClass(), n));
        if (found.isEmpty()) {
            return null;
        }
        try {
            Object result = found.get().invoke(base);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /**
     * The public method without parameters called {@code name} that {@code type} has, from {@code
     * type} itself when it is public, else from a public interface or superclass that declares it
     * (the way a page may call {@code size()} on a list of a class that is not public).
     */
    static Optional<Method> publicMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Optional<Method> own = declaredPublic(c, name);
            if (own.isPresent()) {
                return own;
            }
            for (Class<?> i : c.getInterfaces()) {
                Optional<Method> inherited = publicMethod(i, name);
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> declaredPublic(Class<?> type, String name) {
        if (!publiclyReachable(type)) {
            return Optional.empty();
        }
        try {
            Method m = type.getMethod(name);
            return Modifier.isPublic(m.getDeclaringClass().getModifiers()) && publiclyReachable(m.getDeclaringClass())
                    && !Modifier.isStatic(m.getModifiers()) ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** Whether the class and every class it is nested in are public. */
    private static boolean publiclyReachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Reads no property: null, unresolved. */
    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    /** Reads no property: null, unresolved. */
    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    /** Changes no value: unresolved. */
    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // left to the resolvers after this one
    }

    /** Reads no property: unresolved (the answer is the next resolver's). */
    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    /** Resolves no property of any type. */
    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
