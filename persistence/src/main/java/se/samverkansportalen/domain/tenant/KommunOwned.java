package se.samverkansportalen.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * What every kommun-owned row has in common: a {@code kommun_code} column that EclipseLink
 * writes from the entity manager's tenant property ({@link Tenancy#KOMMUN_PROPERTY}) and adds to
 * every query. The field is read only: no code sets the kommun of a row. A row written without a
 * real kommun is refused by the database (the column is not null and refers to a kommun).
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "kommun_code", contextProperty = Tenancy.KOMMUN_PROPERTY, length = 4)
public abstract class KommunOwned {

    @Column(name = "kommun_code", insertable = false, updatable = false)
    private String kommunCode;

    /** The owning kommun's code; null on a row not yet read back from the database. */
    public String getKommunCode() {
        return kommunCode;
    }
}
