package se.samverkansportalen.service.discussion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import se.samverkansportalen.domain.audit.AuditItemType;
import se.samverkansportalen.domain.discussion.Comment;
import se.samverkansportalen.domain.refusal.ForbiddenRefusal;
import se.samverkansportalen.domain.refusal.NotFoundRefusal;
import se.samverkansportalen.domain.refusal.WrongStateRefusal;
import se.samverkansportalen.domain.tenant.Kommun;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;
import se.samverkansportalen.service.audit.AuditTrail;
import se.samverkansportalen.service.audit.AuditedItem;
import se.samverkansportalen.service.identity.CurrentUser;
import se.samverkansportalen.service.identity.PortalRole;
import se.samverkansportalen.service.plan.RegionalPlanEditor;
import se.samverkansportalen.service.plan.RegionalPlanService;
import se.samverkansportalen.service.tenant.KommunDirectory;

/**
 * The discussion threads on the regional plan's delmål and aktiviteter. Everyone logged in reads
 * and posts; only the author edits or deletes a comment, and only within 15 minutes of posting.
 * Comments are plain text (the page escapes them and only turns web addresses into links).
 */
@Stateless
@RolesAllowed({PortalRole.COORDINATOR, PortalRole.EDITOR, PortalRole.REVIEWER, PortalRole.ADMINISTRATOR})
public class DiscussionService {

    private static final Set<String> ITEM_TYPES = Set.of(RegionalPlanEditor.SUB_GOAL, RegionalPlanEditor.ACTIVITY);

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @EJB
    KommunDirectory kommuner;

    @EJB
    AuditTrail audit;

    @EJB
    RegionalPlanService regionalPlan;

    Clock clock = Clock.systemUTC();

    /** A comment as the thread shows it, with whether the current user may still change it. */
    public record CommentView(long id, String authorName, String organisation, Instant createdAt, Instant editedAt,
            String body, boolean changeable) implements Serializable {
    }

    public List<CommentView> thread(String itemType, String itemKey) {
        requireItemType(itemType);
        Instant now = Instant.now(clock);
        return em.createNamedQuery(Comment.FOR_ITEM, Comment.class).setParameter("itemType", itemType)
                .setParameter("itemKey", itemKey).getResultList().stream()
                .map(c -> new CommentView(c.getId(), c.getAuthorName(), c.getAuthorOrganisation(), c.getCreatedAt(),
                        c.getEditedAt(), c.getBody(), c.editableBy(currentUser.getUsername(), now)))
                .toList();
    }

    /**
     * Posts a comment in an item's thread. The text is plain text of at most {@link Comment#BODY_MAX}
     * characters and holds no personnummer (the portal keeps no personal data about children).
     */
    public CommentView post(@NotNull String itemType, @NotNull @Size(max = Comment.ITEM_KEY_MAX) String itemKey,
            @NotBlank @Size(max = Comment.BODY_MAX) @PlainText @NoPersonalData String body) {
        requireItemType(itemType);
        if (!regionalPlan.hasItem(itemType, itemKey)) {
            throw new NotFoundRefusal("discussion.error.notFound");
        }
        String text = validBody(body);
        Comment comment = new Comment(itemType, itemKey, currentUser.getUsername(), currentUser.getDisplayName(),
                organisation(), text, Instant.now(clock));
        em.persist(comment);
        em.flush();
        audit.created(item(comment), text);
        return view(comment);
    }

    /** Corrects the caller's own comment within its editing time; the text follows the rules of {@link #post}. */
    public CommentView edit(long commentId, @NotBlank @Size(max = Comment.BODY_MAX) @PlainText @NoPersonalData String body) {
        Comment comment = ownComment(commentId);
        String text = validBody(body);
        String before = comment.getBody();
        comment.edit(text, Instant.now(clock));
        audit.changed(item(comment), "text", before, text);
        return view(comment);
    }

    public void delete(long commentId) {
        Comment comment = ownComment(commentId);
        audit.deleted(item(comment), comment.getBody());
        em.remove(comment);
    }

    private Comment ownComment(long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw new NotFoundRefusal("discussion.error.notFound");
        }
        if (!comment.getAuthorUsername().equals(currentUser.getUsername())) {
            throw new ForbiddenRefusal("discussion.error.notAuthor");
        }
        if (!comment.editableBy(currentUser.getUsername(), Instant.now(clock))) {
            throw new WrongStateRefusal("discussion.error.tooLate",
                    String.valueOf(Comment.EDIT_WINDOW.toMinutes()));
        }
        return comment;
    }

    /** The author's organisation: their kommun, or the regional unit or network their role stands for. */
    private String organisation() {
        return currentUser.getKommunCode().flatMap(kommuner::find).map(Kommun::getName)
                .orElseGet(() -> currentUser.hasRole(PortalRole.REGIONAL_COORDINATOR) ? "FoU Välfärd"
                        : currentUser.hasRole(PortalRole.NETWORK_REVIEWER) ? "Länsgrupp barn och unga (LBU)"
                        : "Samverkansportalen");
    }

    private static String validBody(String body) {
        return body.strip();
    }

    private static void requireItemType(String itemType) {
        if (!ITEM_TYPES.contains(itemType)) {
            throw new NotFoundRefusal("discussion.error.notFound");
        }
    }

    private CommentView view(Comment c) {
        return new CommentView(c.getId(), c.getAuthorName(), c.getAuthorOrganisation(), c.getCreatedAt(),
                c.getEditedAt(), c.getBody(), true);
    }

    private static AuditedItem item(Comment comment) {
        return new AuditedItem(AuditItemType.COMMENT, String.valueOf(comment.getId()), String.valueOf(comment.getId()));
    }
}
