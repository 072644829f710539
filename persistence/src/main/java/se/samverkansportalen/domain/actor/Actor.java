package se.samverkansportalen.domain.actor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import se.samverkansportalen.domain.Texts;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A regional actor or network that can be named as ansvarig in the plans: FoU Välfärd, the LBU
 * network, the socialchef networks, working groups. Kommuner are not actors; they are tenants.
 */
@Entity
@Table(name = "actor")
@NamedQuery(name = Actor.ALL, query = "SELECT a FROM Actor a ORDER BY a.name")
@NamedQuery(name = Actor.BY_KEY, query = "SELECT a FROM Actor a WHERE a.key = :key")
public class Actor {

    public static final String ALL = "Actor.all";
    public static final String BY_KEY = "Actor.byKey";
    public static final int KEY_MAX = 60;
    public static final int NAME_MAX = 200;
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = KEY_MAX)
    @Column(name = "actor_key", nullable = false, unique = true, length = KEY_MAX)
    private String key;

    @Size(max = NAME_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ActorKind kind;

    @Size(max = NOTE_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "note", length = NOTE_MAX)
    private String note;

    /** Kommunkoder of the kommuner a network consists of (Socialchefer Region 8), in source order. */
    @ElementCollection
    @CollectionTable(name = "actor_member", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "position")
    @Column(name = "kommun_code", length = 4)
    private List<String> memberKommunCodes = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Actor() {
    }

    public Actor(String key, String name, ActorKind kind, String note, List<String> memberKommunCodes) {
        this.key = Texts.required(key, KEY_MAX, "key");
        this.name = Texts.required(name, NAME_MAX, "name");
        if (kind == null) {
            throw new IllegalArgumentException("An actor needs a kind");
        }
        this.kind = kind;
        this.note = Texts.optional(note, NOTE_MAX, "note");
        if (memberKommunCodes != null) {
            this.memberKommunCodes.addAll(memberKommunCodes);
        }
    }

    /** Changes the actor's name, kind and note; its key stays. */
    public void revise(String name, ActorKind kind, String note) {
        if (kind == null) {
            throw new IllegalArgumentException("An actor needs a kind");
        }
        this.name = Texts.required(name, NAME_MAX, "name");
        this.kind = kind;
        this.note = Texts.optional(note, NOTE_MAX, "note");
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public List<String> getMemberKommunCodes() {
        return List.copyOf(memberKommunCodes);
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
