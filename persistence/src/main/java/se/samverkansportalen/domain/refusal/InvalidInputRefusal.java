package se.samverkansportalen.domain.refusal;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a declared rule: a required field left empty, a text over its column's
 * length, a number out of range, a personnummer in free text, a file that is not of the expected
 * shape. Names the field when one field is at fault. HTTP 400.
 *
 * <p>When several fields of the same input are at fault, the refusal is the first of them (its
 * message key, field and arguments) and carries the refusals of the other fields as
 * {@linkplain #getFurther() further refusals}, so that a form can show every error at once while
 * a caller that reads only the first still gets a complete answer. Immutable.
 */
public class InvalidInputRefusal extends Refusal {

    private static final long serialVersionUID = 2L;

    /** The refusals of the input's other fields, in order; none of them carries further ones. */
    private final List<InvalidInputRefusal> further;

    /** A refusal of the whole input (no single field is at fault). */
    public InvalidInputRefusal(String messageKey, Object... arguments) {
        super(messageKey, null, texts(arguments));
        this.further = List.of();
    }

    /** A refusal of one field, by its form property name. */
    public static InvalidInputRefusal atField(String field, String messageKey, Object... arguments) {
        return new InvalidInputRefusal(field, messageKey, texts(arguments), List.of());
    }

    private InvalidInputRefusal(String field, String messageKey, List<String> arguments, List<InvalidInputRefusal> further) {
        super(messageKey, field, arguments);
        this.further = List.copyOf(further);
    }

    /**
     * This refusal (same message key, field and arguments) carrying the given refusals of the
     * input's other fields, in the given order, after any it carries already. A given refusal's own
     * further refusals are carried too, after it, so that the result is one flat list.
     *
     * @param others refusals of other fields of the same input; not null, nor any of its elements
     * @return a new refusal; this one is left unchanged
     */
    public InvalidInputRefusal withFurther(List<InvalidInputRefusal> others) {
        List<InvalidInputRefusal> all = new ArrayList<>(further);
        for (InvalidInputRefusal other : others) {
            all.addAll(other.getAll());
        }
        return new InvalidInputRefusal(getField(), getMessageKey(), getArguments(), all);
    }

    /**
     * The refusals of the input's other fields that came with this one, in order (empty when only
     * this field is at fault); none of them carries further refusals of its own.
     */
    public List<InvalidInputRefusal> getFurther() {
        return further;
    }

    /**
     * Every field at fault, in order, each as a refusal of that field alone: this refusal's own
     * (its message key, field and arguments, without the further ones) followed by its
     * {@linkplain #getFurther() further refusals}. Just this refusal when it carries none.
     */
    public List<InvalidInputRefusal> getAll() {
        if (further.isEmpty()) {
            return List.of(this);
        }
        List<InvalidInputRefusal> all = new ArrayList<>(further.size() + 1);
        all.add(alone());
        all.addAll(further);
        return List.copyOf(all);
    }

    /** This refusal without its further ones. */
    private InvalidInputRefusal alone() {
        return further.isEmpty() ? this : new InvalidInputRefusal(getField(), getMessageKey(), getArguments(), List.of());
    }
}
