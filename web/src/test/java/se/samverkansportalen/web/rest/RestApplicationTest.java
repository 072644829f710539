package se.samverkansportalen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RestApplicationTest {

    @Test
    void theApiListsEveryResourceAndProviderOfTheWebModuleAndNothingElse() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        Set<Class<?>> annotated = new HashSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                    annotated.add(type);
                }
            }
        }
        assertThat(annotated).as("the web module's resources and providers, read from its classes").hasSizeGreaterThan(10);
        assertThat(new RestApplication().getClasses()).containsExactlyInAnyOrderElementsOf(annotated);
    }

    @Test
    void theApiAnswersUnderItsVersion() {
        assertThat(RestApplication.class.getAnnotation(ApplicationPath.class).value()).isEqualTo("/api/v1");
    }
}
