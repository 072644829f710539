package se.samverkansportalen.web.export;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import se.samverkansportalen.domain.refusal.Refusal;
import se.samverkansportalen.web.Formats;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.api.ApiRefusal;
import se.samverkansportalen.web.error.RefusalTexts;
import se.samverkansportalen.web.export.pdf.Xhtml;

/**
 * One file download asked of a servlet, checked and answered the same way by every download of
 * the portal: a parameter that is missing or malformed is answered 400 with a short page in the
 * user's language saying why (the bundle's text under the key the servlet names) and a link back;
 * a request the services refuse as not allowed ({@link EJBAccessException}, or a {@link Refusal}
 * answered 403) or not there (404) gets the portal's own 403 and 404 pages; any other refusal the
 * short page with its status ({@link ApiRefusal#status}) and its text ({@link RefusalTexts}). No
 * stack trace and no text from the server reach the user. A file is sent with a
 * {@code Content-Disposition} that carries its exact name ({@link #attachment}).
 */
public final class Download {

    /** The media type of a PDF. */
    public static final String PDF = "application/pdf";
    /** The media type of an Excel workbook (Office Open XML). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A parameter the download cannot use; answered 400 with the bundle's text under {@code key}. */
    public static final class BadParameter extends Exception {

        private static final long serialVersionUID = 1L;

        private final String key;

        BadParameter(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        /** The key of the text that says why, in the portal's message bundle. */
        public String key() {
            return key;
        }
    }

    /** What a download does once asked: reads its parameters, asks the services, sends the file. */
    @FunctionalInterface
    public interface Answer {

        /** Sends the file through the download; a parameter it cannot use or a service's refusal is answered by {@link #answer}. */
        void send(Download download) throws IOException, BadParameter;
    }

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Locale locale;
    private final ResourceBundle texts;
    private final String back;
    private final String backKey;

    /**
     * A download asked by {@code request}, answered in {@code locale}; a refusal's page links back
     * to {@code back} (relative to the servlet's address) with the bundle's text under {@code backKey}.
     */
    public Download(HttpServletRequest request, HttpServletResponse response, Locale locale, String back, String backKey) {
        this.request = request;
        this.response = response;
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        this.back = back;
        this.backKey = backKey;
    }

    /** The portal's texts in the user's language. */
    public ResourceBundle texts() {
        return texts;
    }

    /** The user's language. */
    public Locale locale() {
        return locale;
    }

    /** The parameter as given, or null when it is not. */
    public String parameter(String name) {
        return request.getParameter(name);
    }

    /** The parameter, which must be one of {@code allowed} (a file format, "pdf"); refused with {@code refusalKey} otherwise. */
    public String choice(String name, String refusalKey, String... allowed) throws BadParameter {
        String value = request.getParameter(name);
        if (value == null || !Arrays.asList(allowed).contains(value)) {
            throw new BadParameter(refusalKey);
        }
        return value;
    }

    /** The parameter as a whole number (an id); refused with {@code refusalKey} when missing or not a number. */
    public long number(String name, String refusalKey) throws BadParameter {
        try {
            return Long.parseLong(request.getParameter(name));
        } catch (NumberFormatException e) {
            throw new BadParameter(refusalKey);
        }
    }

    /** The parameter as a whole number that fits an {@code int} (a year, a version); refused with {@code refusalKey} otherwise. */
    public int smallNumber(String name, String refusalKey) throws BadParameter {
        try {
            return Integer.parseInt(request.getParameter(name));
        } catch (NumberFormatException e) {
            throw new BadParameter(refusalKey);
        }
    }

    /**
     * A file's name, without extension, in the reader's language: the bundle's pattern under
     * {@code key} ({@code export.fileName.report}: "rapport-T2-2026-Umeå") with the parts filled in.
     */
    public String fileName(String key, String... parts) {
        return MessageFormat.format(texts.getString(key), (Object[]) parts);
    }

    /** Sends the file: its media type, its name (with extension) and its bytes. */
    public void send(String type, String name, byte[] content) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", attachment(name));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** Starts sending a file written as it is made: its media type and its name (with extension); gives the stream to write it to. */
    public java.io.OutputStream stream(String type, String name) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", attachment(name));
        return response.getOutputStream();
    }

    /** Sets a header of the answer (before {@link #send}). */
    public void header(String name, String value) {
        response.setHeader(name, value);
    }

    /** Runs the answer, and answers what it refuses as this class says. */
    public void answer(Answer answer) throws IOException {
        try {
            answer.send(this);
        } catch (BadParameter e) {
            refuse(HttpServletResponse.SC_BAD_REQUEST, texts.getString(e.key()));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (Refusal e) {
            int status = ApiRefusal.status(e).getStatusCode();
            if (status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND) {
                response.sendError(status); // the portal's own error pages
            } else {
                refuse(status, RefusalTexts.text(e, locale));
            }
        }
    }

    /**
     * Answers a download that cannot be given with a short page in the user's language: the
     * status, the reason and the way back.
     */
    private void refuse(int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String language = locale.getLanguage().isEmpty() ? "sv" : locale.getLanguage();
        String title = Xhtml.escape(texts.getString("report.export.refusedTitle"));
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"UTF-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p id=\"reason\">" + Xhtml.escape(reason) + "</p><p><a href=\""
                + Xhtml.escape(back) + "\">" + Xhtml.escape(texts.getString(backKey)) + "</a></p></main></body></html>\n");
    }

    /**
     * The {@code Content-Disposition} of a download named {@code name}: an ASCII name for old clients
     * ("Vannas", without quotes or backslashes) and the exact one in UTF-8 ({@code filename*}, RFC 6266).
     */
    public static String attachment(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7e]", "").replace("\"", "").replace("\\", "");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + Formats.percentEncoded(name);
    }
}
