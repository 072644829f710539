package se.samverkansportalen.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.regex.Pattern;
import se.samverkansportalen.domain.validation.NoPersonalData;
import se.samverkansportalen.domain.validation.PlainText;

/**
 * A kommun of the region: the tenant that owns local plans and reports. Identified by its
 * four-digit SCB kommunkod (Umeå is 2480), the same code the login token carries as the
 * {@code kommun} claim.
 */
@Entity
@Table(name = "kommun")
@NamedQuery(name = Kommun.ALL, query = "SELECT k FROM Kommun k ORDER BY k.name, k.code")
@NamedQuery(name = Kommun.COUNT, query = "SELECT COUNT(k) FROM Kommun k")
@NamedQuery(name = Kommun.NAMED, query = "SELECT k FROM Kommun k WHERE LOCATE(:text, k.name) > 0 ORDER BY k.name, k.code")
@NamedQuery(name = Kommun.COUNT_NAMED, query = "SELECT COUNT(k) FROM Kommun k WHERE LOCATE(:text, k.name) > 0")
public class Kommun {

    /** Every kommun, by name (in the column's Swedish order; the code where two names were alike). */
    public static final String ALL = "Kommun.all";
    /** How many kommuner there are. */
    public static final String COUNT = "Kommun.count";
    /** The kommuner whose name holds {@code :text} (case as the column's collation compares it: not at all), in {@link #ALL}'s order. */
    public static final String NAMED = "Kommun.named";
    /** How many kommuner {@link #NAMED} finds. */
    public static final String COUNT_NAMED = "Kommun.countNamed";
    public static final int NAME_MAX = 100;
    /** A kommun code is SCB's four digits (2480 Umeå). */
    public static final int CODE_LENGTH = 4;
    private static final Pattern CODE = Pattern.compile("\\d{4}");

    @Id
    @Column(name = "code", length = 4)
    private String code;

    @Size(max = NAME_MAX)
    @PlainText
    @NoPersonalData
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    protected Kommun() {
    }

    public Kommun(String code, String name) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A kommunkod has four digits, got: " + code);
        }
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("A kommun needs a name of at most " + NAME_MAX + " characters");
        }
        this.code = code;
        this.name = name.strip();
    }

    public static boolean isKommunCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kommun other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
