package se.samverkansportalen.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods that pages call on the values they show ({@code #{cell.light()}}, {@code
 * #{paging.page()}}: the records of the services' views have no JavaBean getters, so pages call
 * their accessors; {@code #{formats.shorten(c.text(), 48)}}), finding each method once per class,
 * name and number of arguments instead of on every call.
 *
 * <p>Why: the Expression Language 5 of Jakarta EE 10 ({@code jakarta.el.BeanELResolver.invoke})
 * looks a called method up among all of its class's public methods on every call, copying the
 * class's method list each time. Measured with Java Flight Recorder under {@code bin/benchmark} at
 * 290 kommuner, that lookup took 32 % of the request threads' time on the status matrix page and
 * 55 % on the trend page (issue 15). Expression Language 6 resolves record components itself.
 *
 * <p>Takes calls on a non-null value of a method that is the only public one of its name and
 * number of parameters, declared by a public class (a record of a service's view, a backing bean,
 * a {@code List}); every other call (an overloaded or variable-argument method, a method not found
 * or not public) is left to the resolvers after this one, so its result and its refusal are the
 * Expression Language's own. Changes no value ({@link #setValue} resolves nothing) and reads no
 * property.
 */
public class CachedMethodResolver extends ELResolver {

    private static final ClassValue<ConcurrentHashMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /**
     * Calls {@code method} on {@code base} when the value has exactly one public method of that name
     * taking as many arguments as given (not a variable number), declared by a public class or
     * interface, and marks the call resolved; otherwise leaves it unresolved and returns null. An
     * argument that is not of the parameter's type is converted as the Expression Language converts
     * it ({@link ELContext#convertToType}). A method that throws is answered with an {@link
     * ELException} holding what it threw, as the Expression Language's own resolver does.
     */
    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        if (paramTypes != null && paramTypes.length != arguments.length) {
            return null;
        }
        Optional<Method> found = METHODS.get(base.getClass()).computeIfAbsent(name + "/" + arguments.length,
                k -> publicMethod(base.getClass(), name, arguments.length));
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] converted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            converted[i] = argument != null && boxed(types[i]).isInstance(argument) ? argument : context.convertToType(argument, types[i]);
        }
        try {
            Object result = target.invoke(base, converted);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }

    /**
     * The one public method called {@code name} with {@code arity} parameters that {@code type} has,
     * from {@code type} itself when it is public, else from a public superclass or interface that
     * declares it (the way a page may call {@code size()} on a list of a class that is not public);
     * empty when there is none or more than one (overloads are left to the Expression Language).
     */
    static Optional<Method> publicMethod(Class<?> type, String name, int arity) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Optional<Method> own = declaredPublic(c, name, arity);
            if (own.isPresent()) {
                return own;
            }
            for (Class<?> i : c.getInterfaces()) {
                Optional<Method> inherited = publicMethod(i, name, arity);
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> declaredPublic(Class<?> type, String name, int arity) {
        if (!publiclyReachable(type)) {
            return Optional.empty();
        }
        List<Method> matching = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity && !m.isVarArgs() && !m.isBridge()
                        && !Modifier.isStatic(m.getModifiers()) && publiclyReachable(m.getDeclaringClass()))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
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
