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
        actors = catalogue.actors();
    }

    public void add() {
        if (messages.attempt(() -> catalogue.add(name, kind, note))) {
            messages.info("actors.added", name.strip());
            name = null;
            kind = null;
            note = null;
            load();
        }
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
