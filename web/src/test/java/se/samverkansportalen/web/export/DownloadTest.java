package se.samverkansportalen.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;

/**
 * Every download checks its parameters and answers refusals the same way: a parameter it cannot
 * use is a 400 page in the user's language with the reason and a way back; not allowed and not
 * there are the portal's 403 and 404 pages; a file carries its exact name.
 */
class DownloadTest {

    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, Object> answered = new HashMap<>();
    private final StringWriter body = new StringWriter();

    private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getParameter" -> parameters.get((String) args[0]);
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "getWriter" -> {
                        return new PrintWriter(body, true);
                    }
                    case "setStatus", "sendError", "setContentType", "setCharacterEncoding" -> answered.put(method.getName(), args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                }
                return null;
            });

    private Download download(Locale locale) {
        return new Download(request, response, locale, "../index.xhtml", "report.export.back");
    }

    @Test
    void a_format_not_offered_or_a_malformed_number_is_a_400_page_in_swedish_saying_why_with_a_way_back() throws Exception {
        parameters.put("format", "doc");
        parameters.put("period", "12");

        download(Locale.forLanguageTag("sv-SE")).answer(d -> {
            d.number("period", "report.export.badPeriod");
            d.choice("format", "report.export.badFormat", "pdf", "xlsx");
            throw new AssertionError("a format not offered is refused");
        });

        assertThat(answered).containsEntry("setStatus", 400).containsEntry("setContentType", "text/html").doesNotContainKey("sendError");
        assertThat(body.toString()).contains("<html lang=\"sv\">").contains("<a href=\"../index.xhtml\">")
                .doesNotContain("report.export").doesNotContain("Exception");
    }

    @Test
    void the_reason_is_in_english_on_an_english_page_and_a_missing_number_is_refused_as_a_malformed_one() throws Exception {
        download(Locale.ENGLISH).answer(d -> d.smallNumber("ar", "quality.error.yearFormat"));

        assertThat(answered).containsEntry("setStatus", 400);
        assertThat(body.toString()).contains("<html lang=\"en\">").doesNotContain("å").doesNotContain("ä").doesNotContain("ö");
    }

    @Test
    void not_allowed_and_not_there_are_the_portals_own_403_and_404_pages() throws Exception {
        download(Locale.ENGLISH).answer(d -> {
            throw new EJBAccessException("not for this role");
        });
        assertThat(answered).containsEntry("sendError", 403);

        answered.clear();
        download(Locale.ENGLISH).answer(d -> {
            throw new NotFoundRefusal("report.error.periodNotFound");
        });
        assertThat(answered).containsEntry("sendError", 404).doesNotContainKey("setStatus");
        assertThat(body.toString()).isEmpty();
    }

    @Test
    void parameters_that_are_offered_and_well_formed_are_given() throws Exception {
        parameters.put("format", "xlsx");
        parameters.put("period", "4711");
        parameters.put("version", "3");
        Object[] read = new Object[3];

        download(Locale.ENGLISH).answer(d -> {
            read[0] = d.choice("format", "report.export.badFormat", "pdf", "xlsx");
            read[1] = d.number("period", "report.export.badPeriod");
            read[2] = d.smallNumber("version", "report.adopted.badVersion");
        });

        assertThat(read).containsExactly("xlsx", 4711L, 3);
        assertThat(answered).isEmpty();
    }

    @Test
    void a_files_name_is_kept_exactly_in_utf_8_beside_an_ascii_name_without_quotes() {
        assertThat(Download.attachment("rapport \"T2\" Vännäs.pdf"))
                .isEqualTo("attachment; filename=\"rapport T2 Vannas.pdf\"; filename*=UTF-8''rapport%20%22T2%22%20V%C3%A4nn%C3%A4s.pdf");
    }
}
