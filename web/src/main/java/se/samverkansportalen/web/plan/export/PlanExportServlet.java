package se.samverkansportalen.web.plan.export;

import se.samverkansportalen.web.export.Download;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.plan.RegionalPlanView;
import se.samverkansportalen.web.i18n.LanguageBacking;

/**
 * Downloads the regional plan: {@code /plan/export?format=pdf} or {@code format=xlsx}, the latest
 * version or {@code &version=N}. Behind the same login as the pages. A missing or unknown format is
 * answered 400 with a short page in the user's language, as every download ({@link Download}); a
 * version that does not exist, or is not a number, with the portal's 404 page.
 */
@WebServlet("/plan/export")
public class PlanExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    RegionalPlanService plans;

    @Inject
    LanguageBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        new Download(request, response, language.getLocale(), "../index.xhtml", "report.export.back").answer(download -> {
            String format = download.choice("format", "report.export.badFormat", "pdf", "xlsx");
            Optional<RegionalPlanView> plan;
            try {
                String version = download.parameter("version");
                plan = version == null ? plans.currentPlan() : plans.version(Integer.parseInt(version));
            } catch (NumberFormatException e) {
                plan = Optional.empty();
            }
            if (plan.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String name = fileName(download.texts(), plan.get().versionNumber(), format);
            if ("pdf".equals(format)) {
                PlanPdf.write(plan.get(), download.texts(), download.stream(Download.PDF, name));
            } else {
                PlanExcel.write(plan.get(), download.texts(), download.stream(Download.XLSX, name));
            }
        });
    }

    /**
     * The downloaded file's name in the reader's language ({@code regionala-planen-version-2.pdf},
     * in English {@code regional-plan-version-2.pdf}); {@code format} is the extension, pdf or xlsx.
     */
    public static String fileName(ResourceBundle texts, int versionNumber, String format) {
        return java.text.MessageFormat.format(texts.getString("export.fileName.plan"), String.valueOf(versionNumber)) + "." + format;
    }
}
