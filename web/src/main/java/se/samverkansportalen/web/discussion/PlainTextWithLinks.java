package se.samverkansportalen.web.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a comment's plain text as HTML that cannot carry markup: everything is escaped, line
 * breaks are kept, and http(s) addresses become links that open without passing the portal's
 * address on.
 */
@Named
@ApplicationScoped
public class PlainTextWithLinks {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

    public String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher matcher = URL.matcher(text);
        int last = 0;
        while (matcher.find()) {
            out.append(escape(text.substring(last, matcher.start())));
            String url = escape(matcher.group());
            out.append("<a href=\"").append(url).append("\" rel=\"noopener noreferrer nofollow\">").append(url)
                    .append("</a>");
            last = matcher.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString().replace("\r\n", "\n").replace("\n", "<br/>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
