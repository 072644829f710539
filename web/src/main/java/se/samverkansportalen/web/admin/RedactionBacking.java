package se.samverkansportalen.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkansportalen.service.audit.AuditRedaction;
import se.samverkansportalen.web.Messages;

/**
 * Backs {@code admin/redigering.xhtml}: an administrator removes personal data from the history.
 * Lists the audit entries holding a personnummer (masked), or with {@code typ} and {@code item}
 * every entry of one item; each row has its own reason and "Rensa" button.
 */
@Named
@ViewScoped
public class RedactionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditRedaction redaction;

    @Inject
    Messages messages;

    private String type;
    private String item;
    private List<AuditRedaction.Finding> findings;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        if (findings == null) {
            refresh();
        }
    }

    /** Redacts one entry with the reason typed in its row (the page has asked for confirmation first). */
    public void redact(AuditRedaction.Finding finding) {
        if (messages.attempt(() -> redaction.redact(finding.id(), reasons.get(finding.id())), "redaction.error.notAllowed")) {
            messages.info("redaction.done", String.valueOf(finding.id()));
            reasons.remove(finding.id());
            refresh();
        }
    }

    private void refresh() {
        messages.attempt(() -> findings = isForItem() ? redaction.entriesOf(type, item) : redaction.findPersonalData(),
                "redaction.error.notAllowed");
    }

    /** Whether the page shows one item's history rather than the search over the whole history. */
    public boolean isForItem() {
        return type != null && !type.isBlank() && item != null && !item.isBlank();
    }

    public List<AuditRedaction.Finding> getFindings() {
        return findings;
    }

    /** The reason typed in each row, by the entry's id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }
}
