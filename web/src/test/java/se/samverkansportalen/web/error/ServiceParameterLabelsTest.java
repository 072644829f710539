package se.samverkansportalen.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.service.validation.Violations;
import se.samverkansportalen.web.Messages;

/**
 * A coordinator opens {@code rapport/granska.xhtml?kommun=2480%00}, or calls the API with such a
 * code: the refusal of a rule declared on a service's parameter reads as plain Swedish, never with
 * the parameter's name from the code ("kommunCode får vara högst 4 tecken"). Every constrained
 * parameter of every service method has a label ({@code field.<name>}) in both languages, or
 * constraints that name their own message, which the bundles hold.
 */
class ServiceParameterLabelsTest {

    private static final List<Locale> LANGUAGES = List.of(RefusalTexts.SWEDISH, Locale.ENGLISH);

    @Test
    void every_constrained_service_parameter_is_named_in_words_in_both_languages() {
        List<String> unnamed = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Class<?> service : serviceClasses()) {
            Method[] methods;
            try {
                methods = service.getDeclaredMethods();
            } catch (LinkageError e) {
                continue; // a class needing a library only the server has (the schema migration's)
            }
            for (Method method : methods) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    List<Annotation> constraints = Stream.of(parameter.getAnnotations())
                            .filter(a -> a.annotationType().isAnnotationPresent(Constraint.class)).toList();
                    if (constraints.isEmpty()) {
                        continue;
                    }
                    String where = service.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")";
                    checked.add(where);
                    for (Locale language : LANGUAGES) {
                        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
                        boolean labelled = bundle.containsKey("field." + parameter.getName());
                        boolean ownMessages = constraints.stream().allMatch(c -> ownKeyIn(c, bundle));
                        if (!labelled && !ownMessages) {
                            unnamed.add(where + " [" + language + "]");
                        }
                    }
                }
            }
        }
        assertThat(checked).as("the scan found the services' constrained parameters").hasSizeGreaterThan(10)
                .contains("ReportReview.review(kommunCode)");
        assertThat(unnamed).as("constrained service parameters shown to users by their name in the code").isEmpty();
    }

    @Test
    void a_broken_kommun_code_in_the_address_reads_as_plain_swedish() throws ReflectiveOperationException {
        Method review = se.samverkansportalen.service.report.ReportReview.class.getMethod("review", String.class, long.class);
        Object service = review.getDeclaringClass().getDeclaredConstructor().newInstance();
        var violations = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator().forExecutables()
                .validateParameters(service, review, new Object[] {"2480\0", 7L});
        InvalidInputRefusal refusal = Violations.refusal(violations);

        assertThat(RefusalTexts.text(refusal, RefusalTexts.SWEDISH)).startsWith("Kommunkoden i adressen är ogiltig.")
                .doesNotContain("kommunCode");
        assertThat(RefusalTexts.text(refusal, Locale.ENGLISH)).doesNotContain("kommunCode");
    }

    private static boolean ownKeyIn(Annotation constraint, ResourceBundle bundle) {
        try {
            String template = String.valueOf(constraint.annotationType().getMethod("message").invoke(constraint));
            return template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")
                    && !template.startsWith("{org.hibernate.") && !template.startsWith("{se.samverkansportalen.validation.")
                    && bundle.containsKey(template.substring(1, template.length() - 1));
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** The classes of the services module's {@code se.samverkansportalen.service} packages. */
    private static List<Class<?>> serviceClasses() {
        try {
            Path root = Path.of(Violations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(root)) {
                return classesUnder(root);
            }
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                return classesUnder(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> classesUnder(Path root) throws IOException {
        Path services = root.resolve("se/samverkansportalen/service");
        try (Stream<Path> files = Files.walk(services)) {
            List<String> names = files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.')).toList();
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                try {
                    classes.add(Class.forName(name, false, ServiceParameterLabelsTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name, e);
                }
            }
            return classes;
        }
    }
}
