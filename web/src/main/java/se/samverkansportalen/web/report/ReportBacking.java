package se.samverkansportalen.web.report;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.primefaces.PrimeFaces;
import se.samverkansportalen.domain.localplan.TrafficLight;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.report.ItemStatus;
import se.samverkansportalen.service.report.KommunReports;
import se.samverkansportalen.service.report.ReportDecisions;
import se.samverkansportalen.service.report.ReportForm;
import se.samverkansportalen.web.Drafts;
import se.samverkansportalen.web.Messages;
import se.samverkansportalen.web.error.Failures;

/**
 * Backs {@code rapport/rapport.xhtml}: a kommun's editor fills the kommun's report for a period,
 * saves drafts and submits. A refused save keeps everything typed in the form. While she types, the
 * page saves the draft by itself (autosave, through the same service as "Spara utkast") and shows
 * when it last did; the browser keeps what was typed until a save succeeds ({@code drafts.js}).
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KommunReports reports;

    @Inject
    Messages messages;

    @Inject
    Drafts drafts;

    /** The time zone "sparat 10:42" is told in: the portal's users are in Sweden. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private long period;
    private ReportForm form;
    private ReportDecisions.Decisions decisions;
    private LocalTime savedAt;
    private boolean otherSaveWhileTyping;
    /** The place (from 0) of the item a save or submission was refused for, or -1. */
    private int refusedItem = -1;

    /** Reads the report and its decisions in one call (one persistence context: the report is read once). */
    public void load() {
        if (form == null) {
            messages.attempt(() -> {
                KommunReports.ReportPage page = reports.page(period);
                form = page.form();
                decisions = page.decisions();
            }, "report.error.notKommunEditor");
        }
    }

    public void save() {
        if (messages.attempt(() -> form = rebasedOnConflict(() -> markingRefusedItem(() -> reports.saveDraft(form))), "report.error.notKommunEditor")) {
            saved();
            messages.info("report.saved");
        }
    }

    /**
     * Saves the draft as {@link #save()} does, called by the page a few seconds after the user
     * stopped typing; answers the browser with {@code saved} (true when stored). A refusal (a
     * personnummer, a too long text) is shown like a save's, and the typed text stays. When someone
     * else has saved the report meanwhile, nothing is stored and only the status says so: the user
     * has not seen their change, so her own "Spara utkast" shows it beside her text (see
     * {@link #rebasedOnConflict}) before anything of theirs is replaced.
     */
    public void autosave() {
        otherSaveWhileTyping = false;
        boolean stored = form != null && form.isEditable()
                && messages.attempt(() -> {
                    try {
                        form = reports.saveDraft(form);
                    } catch (RuntimeException e) {
                        if (Failures.refusalIn(e).filter(ConflictRefusal.class::isInstance).isEmpty()) {
                            throw e;
                        }
                        otherSaveWhileTyping = true;
                    }
                }, "report.error.notKommunEditor")
                && !otherSaveWhileTyping;
        if (stored) {
            saved();
        }
        PrimeFaces.current().ajax().addCallbackParam("saved", stored);
    }

    /** Whether the last autosave found the report saved by someone else since this form was read. */
    public boolean isOtherSaveWhileTyping() {
        return otherSaveWhileTyping;
    }

    public void submit() {
        if (messages.attempt(() -> form = rebasedOnConflict(() -> markingRefusedItem(() -> reports.submit(form))), "report.error.notKommunEditor")) {
            saved();
            messages.info("report.submitted", form.getPeriodCode());
        }
    }

    /**
     * Runs a save and, when it is refused at one item's input ({@code items[3].narrative}), keeps
     * that item's place so that the page marks the item and moves the focus to it.
     */
    private ReportForm markingRefusedItem(java.util.function.Supplier<ReportForm> save) {
        refusedItem = -1;
        try {
            return save.get();
        } catch (RuntimeException e) {
            Failures.refusalIn(e).map(r -> itemIndex(r.getField())).ifPresent(index -> refusedItem = index);
            throw e;
        }
    }

    /** The item's place in a refused field's name ({@code items[3].narrative} gives 3), or -1 for another field. */
    static int itemIndex(String field) {
        java.util.regex.Matcher matcher = field == null ? null : java.util.regex.Pattern.compile("^items\\[(\\d+)]").matcher(field);
        return matcher != null && matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The place (from 0) of the item the last save or submission was refused for, or -1 when none was. */
    public int getRefusedItem() {
        return refusedItem;
    }

    private void saved() {
        savedAt = LocalTime.now(SWEDEN).truncatedTo(ChronoUnit.MINUTES);
        drafts.saved();
    }

    /** When the draft was last saved from this page (Swedish time, to the minute); null before the first save. */
    public LocalTime getSavedAt() {
        return savedAt;
    }

    /**
     * Runs a save; when it is refused because someone else saved the report or an indicator value
     * since the form was read, the form takes what they saved as its base and shows it beside the
     * user's input (which stays), so that the next save replaces it deliberately. The refusal still
     * reaches the page.
     */
    private ReportForm rebasedOnConflict(java.util.function.Supplier<ReportForm> save) {
        try {
            return save.get();
        } catch (ConflictRefusal e) {
            if (e.getCurrent() instanceof ReportForm.ChangedValue changed) {
                form.rebaseOn(changed);
            } else if (e.getCurrent() instanceof ReportForm current) {
                form.rebaseOn(current);
            }
            throw e;
        }
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public TrafficLight[] getLights() {
        return TrafficLight.values();
    }

    public long getPeriod() {
        return period;
    }

    public void setPeriod(long period) {
        this.period = period;
    }

    public ReportForm getForm() {
        return form;
    }

    /** The report's decisions as read with it, for {@link ReportDecisionsBacking#show}; null when not read. */
    public ReportDecisions.Decisions getDecisions() {
        return decisions;
    }
}
