package se.samverkansportalen.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.service.actor.ActorCatalogue;
import se.samverkansportalen.web.Messages;

/** Backs {@code plan/aktorer.xhtml}: the catalogue of actors the ansvariga are chosen from. */
@Named
@ViewScoped
public class ActorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ActorCatalogue catalogue;

    @Inject
    Messages messages;

    private List<ActorCatalogue.Entry> actors;
    private String name;
    private ActorKind kind;
    private String note;

    @PostConstruct
    void load() {
        actors = new java.util.ArrayList<>(catalogue.actors()); // PrimeFaces sorts the table's list in place
    }

    private ActorCatalogue.Entry editing;

    /** Adds a new actor, or saves the one being edited. */
    public void save() {
        if (editing == null) {
            if (messages.attempt(() -> catalogue.add(name, kind, note))) {
                messages.info("actors.added", name.strip());
                clear();
            }
        } else if (messages.attempt(() -> catalogue.revise(
                new ActorCatalogue.Entry(editing.key(), name, kind, note, editing.lockVersion())))) {
            messages.info("actors.saved", name.strip());
            clear();
        }
    }

    /** Puts an actor into the form for editing. */
    public void edit(ActorCatalogue.Entry entry) {
        editing = entry;
        name = entry.name();
        kind = entry.kind();
        note = entry.note();
    }

    /** Removes an actor (the page has asked for confirmation first). */
    public void remove(ActorCatalogue.Entry entry) {
        if (messages.attempt(() -> catalogue.remove(entry.key()))) {
            messages.info("actors.removed", entry.name());
            clear();
        }
    }

    public void cancel() {
        clear();
    }

    private void clear() {
        editing = null;
        name = null;
        kind = null;
        note = null;
        load();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public ActorKind[] getKinds() {
        return ActorKind.values();
    }

    public List<ActorCatalogue.Entry> getActors() {
        return actors;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public void setKind(ActorKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
