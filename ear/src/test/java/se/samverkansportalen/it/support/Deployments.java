package se.samverkansportalen.it.support;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments are the EAR this build made, not a hand-picked list of classes: the tests
 * see exactly what production runs. In-container tests add themselves, {@link DatabaseProbe}
 * and AssertJ to its web module.
 */
public final class Deployments {

    public static final String WEB_MODULE = "samverkansportalen-web.war";

    private Deployments() {
    }

    /** The portal's EAR as built, for browser tests that run as a client. */
    public static EnterpriseArchive portal() {
        String path = System.getProperty("ear.file");
        if (path == null) {
            throw new IllegalStateException("System property ear.file is not set; run the tests through Maven (mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /** The portal's EAR with the given test classes inside its web module, for in-container tests. */
    public static EnterpriseArchive portalWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = portal();
        // A fresh archive named like the module: Arquillian matches the test to the module by name.
        WebArchive web = ShrinkWrap.create(WebArchive.class, WEB_MODULE).merge(ear.getAsType(WebArchive.class, WEB_MODULE));
        web.addClasses(testClasses).addClass(DatabaseProbe.class).addClass(Deployments.class).addClasses(TestRun.class, TestArea.class, PeriodSlots.class, PeriodSlots.Slot.class, Work.class, AsCoordinator.class, AsKommunEditor.class, AsNetworkReviewer.class)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
