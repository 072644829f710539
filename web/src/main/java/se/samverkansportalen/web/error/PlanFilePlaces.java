package se.samverkansportalen.web.error;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in a plan file, as the import's refusals name it ({@code plan.measures[7].costSek},
 * {@code plan.goals[1].risks[2].indicators[1].values.2020-01}), put into words a socialchef
 * understands: "kostnaden i åtgärd 7", "värdet för 2020-01 i mål 1, risk 2, indikator 1". The
 * words come from the bundle: {@code localplan.import.place.<list>} for a numbered element
 * ({0} = its number in the file, from 1), {@code localplan.import.list.<list>} for a whole list
 * and {@code localplan.import.field.<name>} for a field; an unknown name is shown as it is.
 */
public final class PlanFilePlaces {

    /** A path of the plan file: starts with "plan" or "kommun", no spaces. */
    private static final Pattern PATH = Pattern.compile("(plan|kommun)([.\\[][^\\s]*)?");
    private static final Pattern ELEMENT = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private PlanFilePlaces() {
    }

    /** True when the text is a place of a plan file as the import names it. */
    public static boolean isPlace(Object argument) {
        return argument instanceof String text && PATH.matcher(text).matches();
    }

    /**
     * The place in words, in lower case (the caller capitalises at a sentence's start); the
     * path itself when it is not one.
     */
    public static String words(String path, ResourceBundle bundle) {
        if (!isPlace(path)) {
            return path;
        }
        String[] segments = path.split("\\.");
        List<String> context = new ArrayList<>();
        String leaf = null;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            Matcher element = ELEMENT.matcher(segment);
            if (i == 0 && segment.equals("plan")) {
                if (segments.length == 1) {
                    leaf = word("localplan.import.place.plan", bundle, "plan");
                }
                continue;
            }
            if (i == 0 && segment.equals("kommun")) {
                context.add(word("localplan.import.place.kommun", bundle, "kommun"));
                continue;
            }
            if (element.matches()) {
                context.add(MessageFormat.format(word("localplan.import.place." + element.group(1), bundle,
                        element.group(1) + " {0}"), element.group(2)));
            } else if (segment.equals("values") && !last) {
                String period = String.join(".", java.util.Arrays.copyOfRange(segments, i + 1, segments.length));
                leaf = MessageFormat.format(word("localplan.import.place.value", bundle, "{0}"), period);
                break;
            } else if (last) {
                String list = word("localplan.import.list." + segment, bundle, null);
                leaf = list != null ? list : word("localplan.import.field." + segment, bundle, segment);
            } else {
                context.add(segment);
            }
        }
        String where = String.join(", ", context);
        if (leaf == null) {
            return where;
        }
        if (where.isEmpty()) {
            return leaf;
        }
        return MessageFormat.format(word("localplan.import.place.in", bundle, "{0} ({1})"), leaf, where);
    }

    /** The text with its first letter in upper case, for a place that starts a sentence. */
    public static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static String word(String key, ResourceBundle bundle, String otherwise) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }
}
