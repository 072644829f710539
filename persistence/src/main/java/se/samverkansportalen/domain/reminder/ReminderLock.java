package se.samverkansportalen.domain.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that whoever writes reminder deliveries locks first ({@code SELECT … FOR UPDATE}),
 * on any node: deliveries are planned one run at a time, so two runs never write or send the
 * same reminder and never deadlock on each other's rows.
 */
@Entity
@Table(name = "reminder_lock")
public class ReminderLock {

    /** The row's id. */
    public static final int THE_ONE = 1;

    @Id
    @Column(name = "id")
    private int id;

    protected ReminderLock() {
    }
}
