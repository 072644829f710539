package se.samverkansportalen.web.export.pdf;

/** Writing XHTML for {@link TaggedPdf} by hand: text made safe as character data or attribute value. */
public final class Xhtml {

    private Xhtml() {
    }

    /**
     * Text escaped for XHTML (element content and attribute values in double quotes); characters
     * XML 1.0 cannot hold are left out. Null is the empty text.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
