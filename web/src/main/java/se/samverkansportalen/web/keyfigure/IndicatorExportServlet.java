package se.samverkansportalen.web.keyfigure;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.samverkansportalen.service.keyfigure.IndicatorExport;
import se.samverkansportalen.web.export.Download;
import se.samverkansportalen.web.i18n.LanguageBacking;

/**
 * The kommun's indicators for the pages: {@code /lokal/nyckeltal-export?format=csv} every key
 * figure and own indicator as CSV ({@link IndicatorCsv}), {@code &format=json} the key figures in
 * Kolada's data shape. The service decides who may have it (the kommun's editors); a missing or
 * unknown format is answered 400 with a short page saying why, as the other downloads do.
 */
@WebServlet("/lokal/nyckeltal-export")
public class IndicatorExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    IndicatorExport export;

    @Inject
    LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        new Download(request, response, language.getLocale(), "nyckeltal.xhtml", "keyfigure.export.back").answer(download -> {
            String format = download.choice("format", "report.export.badFormat", "csv", "json");
            String name = download.fileName("keyfigure.export.fileName");
            if ("csv".equals(format)) {
                download.send(IndicatorCsv.MEDIA_TYPE, name + ".csv", IndicatorCsv.write(export.rows()));
            } else {
                download.send("application/json; charset=UTF-8", name + ".json", export.koladaJson());
            }
        });
    }
}
