package se.samverkansportalen.service.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.validation.SwedishNumbers;

/**
 * Turns Bean Validation's constraint violations into the portal's typed refusal, so that a rule
 * declared once next to a field (on an entity or a service form) is answered alike by the pages,
 * the REST API and the file imports.
 *
 * <p>The refusal names the field by its property path below the validated object ({@code title},
 * {@code items[3].narrative}) and a message key chosen by the kind of constraint:
 * {@code input.required}, {@code input.tooLong} (argument: the declared maximum, in characters),
 * {@code input.tooSmall} and {@code input.tooLarge} (argument: the declared bound),
 * {@code input.format}, {@code input.personalData}
 * and, for any other constraint, {@code input.invalid}. The first argument of every key is the field
 * name; the web layer renders it as the field's label. A constraint that names its own message key
 * gets that key, with the refused value (cut to 60 characters) as its argument. Every field at
 * fault is named, once, so that a form shows all its errors at once (see {@link #refusal(Set)}).
 */
public final class Violations {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("NotNull", "input.required"), Map.entry("NotBlank", "input.required"),
            Map.entry("NotEmpty", "input.required"), Map.entry("Size", "input.tooLong"),
            Map.entry("Min", "input.tooSmall"), Map.entry("DecimalMin", "input.tooSmall"),
            Map.entry("Positive", "input.tooSmall"), Map.entry("PositiveOrZero", "input.tooSmall"),
            Map.entry("Max", "input.tooLarge"), Map.entry("DecimalMax", "input.tooLarge"),
            Map.entry("Pattern", "input.format"),
            Map.entry("Email", "input.format"), Map.entry("NoPersonalData", "input.personalData"),
            Map.entry("CalendarDate", "input.date"), Map.entry("PlainText", "input.controlCharacters"));

    private Violations() {
    }

    /** At most this many fields are named in one refusal: a form has fewer, a hostile file or body may have thousands. */
    static final int MAX_FIELDS = 50;

    /** The order of violations: by field path, within a field a missing value before any other rule. */
    private static final Comparator<ConstraintViolation<?>> ORDER = Comparator
            .<ConstraintViolation<?>, String>comparing(v -> field(v.getPropertyPath()))
            .thenComparing(v -> KEYS.getOrDefault(kind(v), "").equals("input.required") ? 0 : 1)
            .thenComparing(Violations::kind)
            .thenComparing(v -> String.valueOf(v.getMessageTemplate()));

    /**
     * The refusal for a set of violations, or null when there are none: the first by field path and,
     * within a field, a missing value before any other rule (so the answer is the same on every
     * call), carrying as its {@linkplain InvalidInputRefusal#getFurther() further refusals} one
     * refusal for each other field at fault, chosen and ordered by the same rule (at most
     * {@value #MAX_FIELDS} fields in all). A field broken by several rules is named once.
     */
    public static InvalidInputRefusal refusal(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, ConstraintViolation<?>> firstOfEachField = new LinkedHashMap<>();
        violations.stream().<ConstraintViolation<?>>map(v -> v).sorted(ORDER)
                .forEach(v -> firstOfEachField.putIfAbsent(field(v.getPropertyPath()), v));
        List<InvalidInputRefusal> refusals = firstOfEachField.values().stream().limit(MAX_FIELDS).map(Violations::refusal).toList();
        if (refusals.isEmpty()) {
            return null;
        }
        return refusals.size() == 1 ? refusals.get(0) : refusals.get(0).withFurther(refusals.subList(1, refusals.size()));
    }

    private static String kind(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }

    /** The refusal for one violation. */
    public static InvalidInputRefusal refusal(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        String kind = constraint.annotationType().getSimpleName();
        String field = field(violation.getPropertyPath());
        String own = ownKey(violation.getMessageTemplate());
        if (own != null) {
            return InvalidInputRefusal.atField(field, own, shown(violation.getInvalidValue()));
        }
        String key = KEYS.getOrDefault(kind, "input.invalid");
        if ("Size".equals(kind)) {
            Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
            int min = (Integer) attributes.get("min");
            int max = (Integer) attributes.get("max");
            Object value = violation.getInvalidValue();
            boolean tooShort = value instanceof CharSequence text && text.length() < min;
            return InvalidInputRefusal.atField(field, tooShort ? "input.tooShort" : key, field, tooShort ? min : max);
        }
        if (key.equals("input.tooSmall") || key.equals("input.tooLarge")) {
            Object bound = violation.getConstraintDescriptor().getAttributes().get("value");
            String positive = kind.equals("Positive") ? "1" : "0";
            return InvalidInputRefusal.atField(field, key, field, bound == null ? positive : written(String.valueOf(bound)));
        }
        return InvalidInputRefusal.atField(field, key, field);
    }

    /**
     * A constraint may name its own message from the portal's bundle ({@code @NotBlank(message =
     * "{plan.error.textRequired}")}) where the field's own words serve the user better than the
     * general one; Bean Validation's and the portal's constraint messages are not such keys.
     */
    private static String ownKey(String template) {
        if (template == null || !template.startsWith("{") || !template.endsWith("}")
                || template.startsWith("{jakarta.validation.") || template.startsWith("{org.hibernate.")
                || template.startsWith("{se.samverkansportalen.validation.")) {
            return null;
        }
        return template.substring(1, template.length() - 1);
    }

    /**
     * A declared bound as Swedes write numbers: grouped from five digits on ("999 999 999 999"),
     * four digits as they are (a year, 2100); a bound that is no number as it is.
     */
    private static String written(String bound) {
        try {
            java.math.BigDecimal number = new java.math.BigDecimal(bound);
            return number.abs().compareTo(java.math.BigDecimal.valueOf(10_000)) < 0 ? bound : SwedishNumbers.write(number);
        } catch (NumberFormatException e) {
            return bound;
        }
    }

    /** The refused value as a message may quote it: at most 60 characters. */
    private static String shown(Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    /**
     * The field as a form knows it: the property path without the method and parameter nodes that
     * method validation adds ({@code saveMeasure.input.title} becomes {@code title}).
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                default -> {
                }
            }
            // Bean Validation gives an element's index to the node after the container's:
            // items, then narrative with index 1, is the form's items[1].narrative.
            if (node.isInIterable() && !field.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    field.append('[').append(position).append(']');
                }
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.isEmpty()) {
            List<String> names = java.util.stream.StreamSupport.stream(path.spliterator(), false)
                    .map(Path.Node::getName).filter(java.util.Objects::nonNull).toList();
            return names.isEmpty() ? "" : names.get(names.size() - 1);
        }
        return field.toString();
    }
}
