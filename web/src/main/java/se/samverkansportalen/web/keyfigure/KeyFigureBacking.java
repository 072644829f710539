package se.samverkansportalen.web.keyfigure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.samverkansportalen.service.keyfigure.KeyFigureForm;
import se.samverkansportalen.service.keyfigure.KeyFigureView;
import se.samverkansportalen.service.keyfigure.KeyFigures;
import se.samverkansportalen.web.Formats;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code lokal/nyckeltal.xhtml} and the key figures beside a plan's own indicators: the
 * kommun's key figures from Kolada, the form to follow one more, the years to fetch from Kolada
 * and the file upload. The rules are the service's ({@link KeyFigures}); a refusal is shown at
 * its field with the user's input kept.
 */
@Named
@RequestScoped
public class KeyFigureBacking {

    /** The largest file read, in bytes (2 MB; a year of a few KPIs is a few kB). */
    static final long MAX_FILE_BYTES = 2_000_000;

    @EJB
    KeyFigures figures;

    @Inject
    Messages messages;

    private final KeyFigureForm form = new KeyFigureForm();
    private Long figureId;
    private Integer fromYear = LocalDate.now(Formats.SWEDEN).getYear() - 5;
    private Integer toYear = LocalDate.now(Formats.SWEDEN).getYear() - 1;
    private List<KeyFigureView> ours;

    /** The kommun's key figures, read once per request. */
    public List<KeyFigureView> getOurs() {
        if (ours == null) {
            ours = List.of();
            messages.attempt(() -> ours = figures.ours(), "keyfigure.error.notKommunEditor");
        }
        return ours;
    }

    /** Follows the KPI of the form; the form is emptied when it went through. */
    public void follow() {
        KeyFigureView[] followed = new KeyFigureView[1];
        if (messages.attempt(() -> followed[0] = figures.follow(form), "keyfigure.error.notKommunEditor")) {
            messages.info("keyfigure.followed", followed[0].kpi(), followed[0].title());
            form.setKpi(null);
            form.setTitle(null);
            figureId = followed[0].id();
            ours = null;
        }
    }

    /** Stops following the key figure {@code id} of the kommun, its values with it; another kommun's is refused as not found. */
    public void unfollow(long id) {
        KeyFigureView gone = getOurs().stream().filter(k -> k.id() == id).findFirst().orElse(null);
        if (messages.attempt(() -> figures.unfollow(id), "keyfigure.error.notKommunEditor") && gone != null) {
            messages.info("keyfigure.unfollowed", gone.kpi(), gone.title());
            ours = null;
        }
    }

    /** Fetches the chosen key figure's values from Kolada for the years chosen. */
    public void fetch() {
        if (figureId == null || fromYear == null || toYear == null) {
            messages.error("keyfigure.fetch.choose");
            return;
        }
        KeyFigures.TakenIn[] taken = new KeyFigures.TakenIn[1];
        if (messages.attempt(() -> taken[0] = figures.fetch(figureId, fromYear, toYear), "keyfigure.error.notKommunEditor")) {
            messages.info("keyfigure.takenIn", taken[0].values(), taken[0].changed());
            ours = null;
        }
    }

    /**
     * Takes in the file the user dropped or chose: a missing or empty file, one over
     * {@link #MAX_FILE_BYTES} or one whose name does not end in .json stores nothing and says so.
     */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        org.primefaces.model.file.UploadedFile uploaded = event.getFile();
        if (uploaded == null || uploaded.getSize() == 0) {
            messages.error("keyfigure.import.noFile");
            return;
        }
        if (uploaded.getSize() > MAX_FILE_BYTES) {
            messages.error("keyfigure.import.tooBig");
            return;
        }
        String name = uploaded.getFileName() == null ? "" : uploaded.getFileName();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            messages.error("keyfigure.import.notJsonFile", List.of(name));
            return;
        }
        byte[] bytes = uploaded.getContent();
        KeyFigures.TakenIn[] taken = new KeyFigures.TakenIn[1];
        if (messages.attempt(() -> taken[0] = figures.importFile(bytes, name), "keyfigure.error.notKommunEditor")) {
            messages.info("keyfigure.takenIn", taken[0].values(), taken[0].changed());
            ours = null;
        }
    }

    public KeyFigureForm getForm() {
        return form;
    }

    public Long getFigureId() {
        return figureId;
    }

    public void setFigureId(Long figureId) {
        this.figureId = figureId;
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }

    public Integer getToYear() {
        return toYear;
    }

    public void setToYear(Integer toYear) {
        this.toYear = toYear;
    }
}
