package se.samverkansportalen.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkansportalen.it.support.Deployments;
import se.samverkansportalen.it.support.TestDatabase;

/**
 * A text's limit is declared once, next to its field ({@code @Size}), and the column the schema
 * migrations create must hold exactly that: a {@code VARCHAR} of the same length, or a
 * {@code TEXT} that holds the declared number of characters in utf8mb4 (four bytes each). Every
 * {@code VARCHAR} column mapped by a text field must declare its limit. Read from the database the
 * portal migrated, so a changeset and an entity cannot drift apart unnoticed.
 */
@ExtendWith(ArquillianExtension.class)
class DeclaredLengthsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    /** A text field of an entity (or an embeddable in a table of its owner's) and the column it maps to. */
    record Mapped(String where, String table, String column, Integer declared) {
    }

    @Test
    void every_declared_text_length_matches_its_column_and_every_varchar_declares_one() throws Exception {
        List<Mapped> fields = mappedTextFields();
        assertThat(fields).as("the entities' text fields were found").hasSizeGreaterThan(40);
        List<String> disagreements = new ArrayList<>();
        try (Connection c = TestDatabase.connection();
                PreparedStatement columns = c.prepareStatement("SELECT data_type, character_maximum_length, character_octet_length "
                        + "FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?")) {
            for (Mapped field : fields) {
                columns.setString(1, field.table());
                columns.setString(2, field.column());
                try (ResultSet column = columns.executeQuery()) {
                    if (!column.next()) {
                        disagreements.add(field.where() + ": no column " + field.table() + "." + field.column());
                        continue;
                    }
                    String type = column.getString(1).toLowerCase();
                    long length = column.getLong(2);
                    long octets = column.getLong(3);
                    boolean varchar = type.equals("varchar") || type.equals("char");
                    if (field.declared() == null) {
                        if (varchar) {
                            disagreements.add(field.where() + ": " + type + "(" + length + ") without @Size");
                        }
                    } else if (varchar && length != field.declared()) {
                        disagreements.add(field.where() + ": @Size(max = " + field.declared() + ") but " + type + "(" + length + ")");
                    } else if (type.endsWith("text") && (long) field.declared() * 4 > octets) {
                        disagreements.add(field.where() + ": @Size(max = " + field.declared() + ") but " + type + " holds "
                                + octets + " bytes");
                    }
                }
            }
        }
        assertThat(disagreements).as("declared lengths that their columns do not hold").isEmpty();
    }

    private static List<Mapped> mappedTextFields() throws IOException, ClassNotFoundException {
        List<Mapped> fields = new ArrayList<>();
        for (Class<?> type : domainClasses()) {
            Table table = type.getAnnotation(Table.class);
            if (!type.isAnnotationPresent(Entity.class) || table == null) {
                continue;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    collect(type.getSimpleName(), table.name(), field, fields);
                }
            }
        }
        return fields;
    }

    private static void collect(String owner, String table, Field field, List<Mapped> fields) {
        Column column = field.getAnnotation(Column.class);
        if (field.getType() == String.class && column != null && !field.isAnnotationPresent(Id.class) && column.insertable()) {
            Size size = field.getAnnotation(Size.class);
            fields.add(new Mapped(owner + "." + field.getName(), table, column.name(), size == null ? null : size.max()));
        } else if (field.isAnnotationPresent(Embedded.class) && field.getType().isAnnotationPresent(Embeddable.class)) {
            for (Field inner : field.getType().getDeclaredFields()) {
                collect(owner + "." + field.getName(), table, inner, fields);
            }
        } else if (field.isAnnotationPresent(ElementCollection.class) && field.isAnnotationPresent(CollectionTable.class)
                && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isAnnotationPresent(Embeddable.class)) {
            for (Field inner : element.getDeclaredFields()) {
                collect(owner + "." + field.getName(), field.getAnnotation(CollectionTable.class).name(), inner, fields);
            }
        }
    }

    private static List<Class<?>> domainClasses() throws IOException, ClassNotFoundException {
        Path classes = Path.of("../persistence/target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("se/samverkansportalen/domain"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                found.add(Class.forName(name, false, DeclaredLengthsIT.class.getClassLoader()));
            }
        }
        return found;
    }
}
