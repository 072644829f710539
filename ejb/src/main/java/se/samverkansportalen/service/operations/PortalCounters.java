package se.samverkansportalen.service.operations;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The portal's business counters, in Prometheus' format at {@code /metrics} on the management port
 * (WildFly's Micrometer registry): {@value #REPORTS_SUBMITTED} (a kommun's report submitted),
 * {@value #REMINDERS_SENT} (a mail of the reminders and review mails handed to the SMTP server, by
 * {@code kind}) and {@value #IMPORTS_REFUSED} (a plan file or a key figure import refused as a
 * whole). Each counts a step once it holds: a step inside a transaction counts when that
 * transaction commits, never for one rolled back. The counts are the node's own since its start; a
 * cluster's figures are the sum over its nodes. Issue 17, "Operations".
 */
@ApplicationScoped
public class PortalCounters {

    /** Prometheus name {@code samverkan_reports_submitted_total}. */
    public static final String REPORTS_SUBMITTED = "samverkan.reports.submitted";
    /** Prometheus name {@code samverkan_reminders_sent_total}, tag {@code kind}. */
    public static final String REMINDERS_SENT = "samverkan.reminders.sent";
    /** Prometheus name {@code samverkan_imports_refused_total}, tag {@code source}. */
    public static final String IMPORTS_REFUSED = "samverkan.imports.refused";

    @Inject
    private MeterRegistry registry;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** A kommun's report was submitted: counted when the submission commits. */
    public void reportSubmitted() {
        afterCommit(() -> registry.counter(REPORTS_SUBMITTED).increment());
    }

    /** A mail was handed to the SMTP server and recorded sent: counted when the record commits. */
    public void reminderSent(String kind) {
        afterCommit(() -> registry.counter(REMINDERS_SENT, "kind", kind).increment());
    }

    /** An import was refused as a whole (nothing of it stored): counted at once. */
    public void importRefused(String source) {
        registry.counter(IMPORTS_REFUSED, "source", source).increment();
    }

    private void afterCommit(Runnable count) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            count.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count.run();
                }
            }
        });
    }
}
