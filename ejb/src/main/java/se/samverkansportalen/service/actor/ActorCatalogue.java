package se.samverkansportalen.service.actor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import se.samverkansportalen.domain.actor.Actor;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.PlanEditException;
import se.samverkansportalen.service.tenant.KommunDirectory;

/**
 * The catalogue the plan's ansvariga are chosen from: the regional actors and networks, every
 * kommun, and "Respektive kommun" (each kommun for itself). Everyone reads it; coordinators add
 * to it.
 */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.EDITOR, PortalRole.REVIEWER, PortalRole.ADMINISTRATOR})
public class ActorCatalogue {

    /** The ansvarig that means every kommun, each for itself. */
    public static final String EACH_KOMMUN = "Respektive kommun";

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @EJB
    KommunDirectory kommuner;

    @EJB
    AuditTrail audit;

    /** An actor as the catalogue page lists it. */
    public record Entry(String key, String name, ActorKind kind, String note) {
    }

    public List<Entry> actors() {
        return em.createNamedQuery(Actor.ALL, Actor.class).getResultList().stream()
                .map(a -> new Entry(a.getKey(), a.getName(), a.getKind(), a.getNote())).toList();
    }

    /** The names an ansvarig can be chosen from: Respektive kommun, the actors, then the kommuner. */
    public List<String> responsibleChoices() {
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
        List<String> choices = new ArrayList<>();
        choices.add(EACH_KOMMUN);
        actors().stream().map(Entry::name).sorted(swedish).forEach(choices::add);
        kommuner.all().stream().map(Kommun::getName).map(name -> name + " kommun").forEach(choices::add);
        return choices;
    }

    @RolesAllowed(PortalRole.COORDINATOR)
    public Entry add(String name, ActorKind kind, String note) {
        if (name == null || name.isBlank()) {
            throw new PlanEditException("actors.error.nameRequired");
        }
        if (kind == null) {
            throw new PlanEditException("actors.error.kindRequired");
        }
        if (name.strip().length() > Actor.NAME_MAX || (note != null && note.strip().length() > Actor.NOTE_MAX)) {
            throw new PlanEditException("plan.error.tooLong", String.valueOf(Actor.NAME_MAX));
        }
        boolean taken = actors().stream().anyMatch(a -> a.name().equalsIgnoreCase(name.strip()))
                || EACH_KOMMUN.equalsIgnoreCase(name.strip());
        if (taken) {
            throw new PlanEditException("actors.error.duplicate", name.strip());
        }
        Actor actor = new Actor("actor-" + UUID.randomUUID(), name, kind, note, List.of());
        em.persist(actor);
        em.flush();
        audit.created(new AuditedItem("ACTOR", actor.getKey(), actor.getName()), actor.getName());
        return new Entry(actor.getKey(), actor.getName(), actor.getKind(), actor.getNote());
    }
}
