package se.samverkansportalen.service.actor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import se.samverkansportalen.domain.actor.Actor;
import se.samverkansportalen.domain.actor.ActorKind;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.refusal.ConflictRefusal;
import se.samverkansportalen.domain.refusal.InvalidInputRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
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

    @EJB
    RegionalPlanEditor planEditor;

    /** An actor as the catalogue page lists it; {@code lockVersion} is what an edit started from. */
    public record Entry(@Size(max = Actor.KEY_MAX) String key,
            @NotBlank(message = "{actors.error.nameRequired}") @Size(max = Actor.NAME_MAX) @PlainText @NoPersonalData String name,
            @NotNull(message = "{actors.error.kindRequired}") ActorKind kind,
            @Size(max = Actor.NOTE_MAX) @PlainText @NoPersonalData String note, int lockVersion)
            implements Serializable {
    }

    public List<Entry> actors() {
        return em.createNamedQuery(Actor.ALL, Actor.class).getResultList().stream().map(ActorCatalogue::entry).toList();
    }

    private static Entry entry(Actor a) {
        return new Entry(a.getKey(), a.getName(), a.getKind(), a.getNote(), a.getLockVersion());
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
    public Entry add(@NotBlank(message = "{actors.error.nameRequired}") @Size(max = Actor.NAME_MAX) @PlainText @NoPersonalData String name,
            @NotNull(message = "{actors.error.kindRequired}") ActorKind kind, @Size(max = Actor.NOTE_MAX) @PlainText @NoPersonalData String note) {
        validate(name, kind, note, null);
        Actor actor = new Actor("actor-" + UUID.randomUUID(), name, kind, note, List.of());
        em.persist(actor);
        em.flush();
        audit.created(item(actor), actor.getName());
        return entry(actor);
    }

    /**
     * Renames an actor or changes its kind or note. The plan's utkast follows the new name; a
     * fastställd version keeps the name it was decided with.
     *
     * @throws ConflictRefusal when someone else changed the actor since the form was opened
     */
    @RolesAllowed(PortalRole.COORDINATOR)
    public Entry revise(@NotNull @Valid Entry input) {
        Actor actor = actor(input.key());
        if (actor.getLockVersion() != input.lockVersion()) {
            throw new ConflictRefusal("actors.error.changed", actor.getName());
        }
        validate(input.name(), input.kind(), input.note(), actor.getKey());
        String oldName = actor.getName();
        String oldKind = actor.getKind().name();
        String oldNote = actor.getNote();
        actor.revise(input.name(), input.kind(), input.note());
        audit.changed(item(actor), "name", oldName, actor.getName());
        audit.changed(item(actor), "kind", oldKind, actor.getKind().name());
        audit.changed(item(actor), "note", oldNote, actor.getNote());
        em.flush();
        planEditor.renameResponsible(oldName, actor.getName());
        return entry(actor);
    }

    /** Removes an actor from the catalogue; refused while the plan's latest version names it. */
    @RolesAllowed(PortalRole.COORDINATOR)
    public void remove(String key) {
        Actor actor = actor(key);
        List<String> usage = planEditor.responsibleUsage(actor.getName());
        if (!usage.isEmpty()) {
            throw new WrongStateRefusal("actors.error.inUse", actor.getName(), String.join(", ", usage));
        }
        audit.deleted(item(actor), actor.getName());
        em.remove(actor);
        em.flush();
    }

    private Actor actor(String key) {
        return em.createNamedQuery(Actor.BY_KEY, Actor.class).setParameter("key", key).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundRefusal("actors.error.notFound"));
    }

    /** Refuses a name another actor, "Respektive kommun" or a kommun already has. */
    private void validate(String name, ActorKind kind, String note, String exceptKey) {
        boolean taken = actors().stream().anyMatch(a -> !a.key().equals(exceptKey) && a.name().equalsIgnoreCase(name.strip()))
                || EACH_KOMMUN.equalsIgnoreCase(name.strip())
                || kommuner.all().stream().anyMatch(k -> (k.getName() + " kommun").equalsIgnoreCase(name.strip()));
        if (taken) {
            throw InvalidInputRefusal.atField("name", "actors.error.duplicate", name.strip());
        }
    }

    private static AuditedItem item(Actor actor) {
        return new AuditedItem(AuditItemType.ACTOR, actor.getKey(), actor.getName());
    }
}
