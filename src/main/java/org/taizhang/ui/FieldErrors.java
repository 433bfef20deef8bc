package org.taizhang.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;

/**
 * A form's checks, one per field, on the view-model side: each field's message in the clerk's
 * words (empty while the field is fine), recomputed when what it depends on changes. The view
 * shows each under its field ({@link ErrorUnder}); the form's OK waits for {@link #noneProperty()}.
 * No toolkit is needed: a view-model test reads the messages directly.
 */
public final class FieldErrors {
    private final Map<String, StringBinding> fields = new LinkedHashMap<>();
    private final None none = new None();
    private final First first = new First();

    /** The first message there is. */
    private final class First extends StringBinding {
        void watch(Observable o) {
            bind(o);
            invalidate();
        }

        @Override
        protected String computeValue() {
            return fields.values().stream().map(StringBinding::get).filter(m -> !m.isEmpty()).findFirst().orElse("");
        }
    }

    /** True while no field has a message. */
    private final class None extends BooleanBinding {
        void watch(Observable o) {
            bind(o);
            invalidate();
        }

        @Override
        protected boolean computeValue() {
            return fields.values().stream().allMatch(b -> b.get().isEmpty());
        }
    }

    /**
     * Adds the check of {@code field}: {@code rule} gives its message, or "" when the field is fine,
     * recomputed whenever one of {@code dependencies} changes.
     */
    public StringBinding check(String field, Supplier<String> rule, Observable... dependencies) {
        if (fields.containsKey(field)) {
            throw new IllegalArgumentException("checked twice: " + field);
        }
        StringBinding message = Bindings.createStringBinding(() -> {
            String m = rule.get();
            return m == null ? "" : m;
        }, dependencies);
        fields.put(field, message);
        none.watch(message);
        first.watch(message);
        return message;
    }

    /** The message under {@code field}: empty while it is fine. */
    public ObservableStringValue of(String field) {
        StringBinding b = fields.get(field);
        if (b == null) {
            throw new IllegalArgumentException("not checked: " + field);
        }
        return b;
    }

    /** True while every field is fine; the form's OK is enabled by it. */
    public BooleanBinding noneProperty() {
        return none;
    }

    /** The first message, in the order the fields were added; empty when there is none. */
    public StringBinding firstProperty() {
        return first;
    }

    /** Every message now shown, field by field ("deadline: …"), for a test's failure text. */
    public List<String> shown() {
        List<String> out = new ArrayList<>();
        fields.forEach((name, b) -> {
            if (!b.get().isEmpty()) {
                out.add(name + ": " + b.get());
            }
        });
        return out;
    }
}
