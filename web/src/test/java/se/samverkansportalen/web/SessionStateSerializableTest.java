package se.samverkansportalen.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a user's session holds must travel to another node of the cluster (web.xml
 * {@code <distributable/>}): every view- and session-scoped bean of the pages, and every type its
 * fields can hold, is {@link Serializable}, down to the last record of a service's answer. A field
 * holding a type that is not (a service's record, {@code Optional}) would make the session fail to
 * replicate, and the user would lose her view and her typed input when her node goes away. Checked
 * here from the declared field types, without a cluster: the classes are read from this module's
 * build output.
 */
class SessionStateSerializableTest {

    @Test
    void every_type_a_view_or_session_scoped_bean_holds_can_travel_to_another_node() {
        List<Class<?>> beans = scopedBeans();
        assertThat(beans).as("the pages' view- and session-scoped beans").hasSizeGreaterThan(10);

        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), seen, problems);
        }

        assertThat(problems).as("types that cannot be serialized, reached from a bean's fields").isEmpty();
    }

    @Test
    void the_check_finds_a_record_that_is_not_serializable_inside_a_list() {
        List<String> problems = new ArrayList<>();

        check(Holder.class, "Holder", new HashSet<>(), problems);

        assertThat(problems).singleElement().asString().contains("Holder.rows").contains("NotSerializable");
    }

    record NotSerializable(String title) {
    }

    static class Holder implements Serializable {
        private List<NotSerializable> rows;
        private transient Object skipped;
        private static final Object ALSO_SKIPPED = new Object();
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof Class<?> type1) {
            checkClass(type1, path, seen, problems);
        }
    }

    private static void checkClass(Class<?> type, String path, Set<Type> seen, List<String> problems) {
        if (type.isPrimitive() || type == Object.class) {
            return;
        }
        if (type.isArray()) {
            check(type.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            // List, Map, Set: what fills them is checked through the type arguments; the JDK's own
            // implementations are serializable. Optional is a final class and is refused below.
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName());
            return;
        }
        if (type.getName().startsWith("java.")) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || injected(field)) {
                    continue;
                }
                check(field.getGenericType(), type.getSimpleName() + "." + field.getName(), seen, problems);
            }
        }
    }

    /** An injected service or bean: CDI gives a serializable proxy, whatever its class. */
    private static boolean injected(Field field) {
        return field.isAnnotationPresent(jakarta.inject.Inject.class) || field.isAnnotationPresent(jakarta.ejb.EJB.class);
    }

    private static List<Class<?>> scopedBeans() {
        try {
            Path classes = Path.of(SessionStateSerializableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolveSibling("classes");
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .map(SessionStateSerializableTest::load)
                        .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                        .toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
