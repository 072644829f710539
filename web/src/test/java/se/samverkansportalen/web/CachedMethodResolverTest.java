package se.samverkansportalen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

public class CachedMethodResolverTest { // public: its records are reached as a page reaches a service's

    public record Cell(String light, int count) {
        public String failing() {
            throw new IllegalStateException("refused");
        }
    }

    record Hidden(String light) {
    }

    private final CachedMethodResolver resolver = new CachedMethodResolver();

    @Test
    void a_records_accessor_is_called_and_the_call_marked_resolved() {
        ELContext context = new Context();
        Object light = resolver.invoke(context, new Cell("GREEN", 3), "light", null, new Object[0]);
        assertThat(light).isEqualTo("GREEN");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.invoke(new Context(), new Cell("RED", 4), "count", new Class<?>[0], null)).isEqualTo(4);
    }

    @Test
    void a_list_of_a_class_that_is_not_public_answers_through_its_public_interface() {
        ELContext context = new Context();
        assertThat(resolver.invoke(context, List.of(1, 2, 3), "size", null, new Object[0])).isEqualTo(3);
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void a_method_with_arguments_of_its_parameters_types_is_called() {
        ELContext context = new Context();
        assertThat(resolver.invoke(context, "abc", "charAt", null, new Object[] {1})).isEqualTo('b');
        assertThat(context.isPropertyResolved()).isTrue();
        ELContext wrongCount = new Context();
        assertThat(resolver.invoke(wrongCount, "abc", "charAt", new Class<?>[] {int.class, int.class}, new Object[] {1})).isNull();
        assertThat(wrongCount.isPropertyResolved()).as("types and arguments that do not match in number").isFalse();
    }

    @Test
    void calls_it_does_not_take_are_left_unresolved_for_the_next_resolver() {
        ELContext overloaded = new Context();
        assertThat(resolver.invoke(overloaded, "abc", "indexOf", null, new Object[] {"b"})).isNull();
        assertThat(overloaded.isPropertyResolved()).as("indexOf(String) beside indexOf(int)").isFalse();
        ELContext unknown = new Context();
        assertThat(resolver.invoke(unknown, new Cell("GREEN", 1), "colour", null, new Object[0])).isNull();
        assertThat(unknown.isPropertyResolved()).as("no such method").isFalse();
        ELContext hidden = new Context();
        assertThat(resolver.invoke(hidden, new Hidden("GREEN"), "light", null, new Object[0])).isNull();
        assertThat(hidden.isPropertyResolved()).as("a record that is not public").isFalse();
        ELContext noBase = new Context();
        assertThat(resolver.invoke(noBase, null, "light", null, new Object[0])).isNull();
        assertThat(noBase.isPropertyResolved()).isFalse();
    }

    @Test
    void what_a_method_throws_comes_back_as_an_el_exception_holding_it() {
        assertThatThrownBy(() -> resolver.invoke(new Context(), new Cell("GREEN", 1), "failing", null, new Object[0]))
                .isInstanceOf(ELException.class).cause().isInstanceOf(IllegalStateException.class).hasMessage("refused");
    }

    @Test
    void it_reads_and_changes_no_property() {
        ELContext context = new Context();
        assertThat(resolver.getValue(context, new Cell("GREEN", 1), "light")).isNull();
        resolver.setValue(context, new Cell("GREEN", 1), "light", "RED");
        assertThat(context.isPropertyResolved()).isFalse();
    }

    /** The least context a resolver needs: whether a call was resolved. */
    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
