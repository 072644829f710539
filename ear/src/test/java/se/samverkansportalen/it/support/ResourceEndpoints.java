package se.samverkansportalen.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The REST endpoints the web module's resource classes declare, read from their source (the tests
 * that must stay complete against them: the fuzz table, the OpenAPI document).
 */
public final class ResourceEndpoints {

    /**
     * One resource method: its HTTP method, its path below {@code /api} as declared (placeholders
     * named, no leading slash) and whether it is hidden from the API's document.
     */
    public record Endpoint(String method, String path, boolean hidden) {

        /** "METHOD path" with every placeholder as {}. */
        public String key() {
            return method + " " + path.replaceAll("\\{[^}]+}", "{}");
        }
    }

    private static final Pattern CLASS_PATH = Pattern.compile("^@Path\\(\"([^\"]*)\"\\)", Pattern.MULTILINE);
    private static final Pattern METHOD = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\s");
    private static final Pattern SUB_PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");

    private ResourceEndpoints() {
    }

    /** Every endpoint of the resource classes under {@code ../web/src/main/java}, in the order of their files and lines. */
    public static List<Endpoint> declared() {
        List<Endpoint> endpoints = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../web/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher root = CLASS_PATH.matcher(source);
                if (!root.find()) {
                    continue;
                }
                String base = root.group(1).replaceAll("^/|/$", "");
                Matcher m = METHOD.matcher(source);
                while (m.find()) {
                    String annotations = annotationsAfter(source, m.end());
                    if (annotations == null) {
                        continue;
                    }
                    Matcher sub = SUB_PATH.matcher(annotations);
                    String below = sub.find() ? sub.group(1).replaceAll("^/|/$", "") : "";
                    String path = base.isEmpty() ? below : below.isEmpty() ? base : base + "/" + below;
                    endpoints.add(new Endpoint(m.group(1), path, annotations.contains("hidden = true")));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("the resource classes' source cannot be read", e);
        }
        return endpoints;
    }

    /**
     * The annotations between an HTTP method's annotation and the method's {@code public}, read
     * with their parentheses balanced and their strings skipped (an {@code @APIResponse} holds
     * {@code @Content(@Schema(…))}); null when something other than annotations comes first.
     */
    private static String annotationsAfter(String source, int from) {
        int i = from;
        while (true) {
            while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
                i++;
            }
            if (source.startsWith("public ", i)) {
                return source.substring(from, i);
            }
            if (i >= source.length() || source.charAt(i) != '@') {
                return null;
            }
            i++;
            while (i < source.length() && (Character.isJavaIdentifierPart(source.charAt(i)) || source.charAt(i) == '.')) {
                i++;
            }
            if (i < source.length() && source.charAt(i) == '(') {
                int depth = 0;
                boolean inString = false;
                for (; i < source.length(); i++) {
                    char c = source.charAt(i);
                    if (inString) {
                        if (c == '\\') {
                            i++;
                        } else if (c == '"') {
                            inString = false;
                        }
                    } else if (c == '"') {
                        inString = true;
                    } else if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        i++;
                        break;
                    }
                }
            }
        }
    }
}
