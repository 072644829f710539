package se.samverkansportalen.domain.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import se.samverkansportalen.domain.PersonNames;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A comment in the discussion of a delmål or an aktivitet: plain text, its author and the
 * author's organisation. The author may edit or delete it for {@link #EDIT_WINDOW} after posting.
 */
@Entity
@Table(name = "plan_comment")
@NamedQuery(name = Comment.FOR_ITEM, query = "SELECT c FROM Comment c WHERE c.itemType = :itemType "
        + "AND c.itemKey = :itemKey ORDER BY c.createdAt, c.id")
public class Comment {

    public static final String FOR_ITEM = "Comment.forItem";
    public static final int BODY_MAX = 4000;
    /** The length of the item keys a thread belongs to (UUIDs). */
    public static final int ITEM_KEY_MAX = 36;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 40)
    @Column(name = "item_type", nullable = false, length = 40)
    private String itemType;

    @Size(max = ITEM_KEY_MAX)
    @Column(name = "item_key", nullable = false, length = ITEM_KEY_MAX)
    private String itemKey;

    @Size(max = PersonNames.USERNAME_MAX)
    @Column(name = "author_username", nullable = false, length = PersonNames.USERNAME_MAX)
    private String authorUsername;

    @Size(max = PersonNames.DISPLAY_NAME_MAX)
    @Column(name = "author_name", nullable = false, length = PersonNames.DISPLAY_NAME_MAX)
    private String authorName;

    @Size(max = 200)
    @Column(name = "author_organisation", nullable = false, length = 200)
    private String authorOrganisation;

    @Size(max = BODY_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "body", nullable = false)
    private String body;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** UTC. */
    @Column(name = "edited_at")
    private LocalDateTime editedAt;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Comment() {
    }

    public Comment(String itemType, String itemKey, String authorUsername, String authorName,
            String authorOrganisation, String body, Instant now) {
        this.itemType = Texts.required(itemType, 40, "itemType");
        this.itemKey = Texts.required(itemKey, ITEM_KEY_MAX, "itemKey");
        this.authorUsername = Texts.required(authorUsername, PersonNames.USERNAME_MAX, "authorUsername");
        this.authorName = Texts.required(authorName, PersonNames.DISPLAY_NAME_MAX, "authorName");
        this.authorOrganisation = Texts.required(authorOrganisation, 200, "organisation");
        this.body = Texts.required(body, BODY_MAX, "body");
        this.createdAt = utc(now);
    }

    /** Whether this user may still edit or delete the comment at this moment. */
    public boolean editableBy(String username, Instant now) {
        return authorUsername.equals(username) && !now.isAfter(getCreatedAt().plus(EDIT_WINDOW));
    }

    public void edit(String newBody, Instant now) {
        this.body = Texts.required(newBody, BODY_MAX, "body");
        this.editedAt = utc(now);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getItemType() {
        return itemType;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorOrganisation() {
        return authorOrganisation;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getEditedAt() {
        return editedAt == null ? null : editedAt.toInstant(ZoneOffset.UTC);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
