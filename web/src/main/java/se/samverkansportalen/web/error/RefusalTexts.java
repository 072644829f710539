package se.samverkansportalen.web.error;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.web.Messages;

/**
 * A refusal's text in a language: its message key from the portal's bundle with the arguments
 * filled in. For the declared-constraint keys ({@code input.*}) the first argument is a field's
 * property path ({@code items[3].narrative}); it is shown as the field's label from the bundle
 * ({@code field.narrative}), so that a message names the field in the reader's language, and never
 * by the name it has in the code. For a plan file's refusals ({@code localplan.import.*}) a place in
 * the file ({@code plan.measures[7].costSek}) is put into words ({@link PlanFilePlaces}: "kostnaden i
 * åtgärd 7").
 */
public final class RefusalTexts {

    /** The language of API answers and of messages with no page: the portal's own, Swedish. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /** The label of a field the bundle has no label for. */
    static final String UNKNOWN_FIELD = "field.unknown";

    private RefusalTexts() {
    }

    /** The refusal's text in the given language. */
    public static String text(Refusal refusal, Locale locale) {
        return text(refusal.getMessageKey(), refusal.getArguments(), locale);
    }

    /** The text of a key of the bundle with its arguments; the key itself when the bundle lacks it. */
    public static String text(String key, List<?> arguments, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        List<Object> values = new ArrayList<>(arguments);
        if (key.startsWith("input.") && !values.isEmpty()) {
            values.set(0, label(String.valueOf(values.get(0)), bundle));
        }
        if (key.startsWith("localplan.import.") && !values.isEmpty() && PlanFilePlaces.isPlace(values.get(0))) {
            String words = PlanFilePlaces.words((String) values.get(0), bundle);
            values.set(0, pattern.startsWith("{0}") ? PlanFilePlaces.capitalised(words, locale) : words);
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof String text) { // places in the plan named in the services' Swedish, in the reader's language
                values.set(i, se.samverkansportalen.web.i18n.ItemLabels.places(text, bundle));
            }
        }
        return values.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(values.toArray());
    }

    /**
     * A field's label: {@code field.<name>} of the bundle for the path's last name, else
     * {@code field.unknown} ("Uppgiften"): a reader never sees a name from the code
     * ({@code kommunCode}).
     */
    static String label(String path, ResourceBundle bundle) {
        String leaf = leaf(path);
        try {
            return bundle.getString("field." + leaf);
        } catch (MissingResourceException e) {
            return bundle.getString(UNKNOWN_FIELD);
        }
    }

    /** The last property name of a path: {@code items[3].narrative} gives {@code narrative}. */
    static String leaf(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
