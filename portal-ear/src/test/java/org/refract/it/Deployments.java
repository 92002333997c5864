package org.refract.it;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.refract.arquillian.FreshDeployment;

/**
 * The one deployment every integration and browser test uses: the portal.ear the build just packaged.
 * In-container tests get the {@code org.refract.it} test classes added to the portal's WAR, so that they run
 * with the application's own persistence unit, beans and security.
 */
public final class Deployments {

    private static final String WAR = "portal-web.war";

    private static final String DEMO = "portal-demo.jar";

    private static final String WAR_INDEX = "WEB-INF/classes/META-INF/jandex.idx";

    private static final List<Class<?>> TEST_LIBRARIES = List.of(GreenMail.class);

    private Deployments() {}

    /**
     * The portal exactly as built, for tests that talk to it over HTTP. The tests log in with the demo accounts and
     * work on the demo cases, so the EAR must hold the demo module (the default build, not -Pproduction).
     */
    public static EnterpriseArchive portal() {
        File ear = new File(System.getProperty("portal.ear", "target/portal.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: run the build through the package phase first");
        }
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
        if (!archive.contains(DEMO)) {
            throw new IllegalStateException(
                    ear + " has no " + DEMO + " (a -Pproduction build?): the tests need the demo");
        }
        return archive;
    }

    /**
     * The portal with the in-container test classes (package org.refract.it) inside its WAR, and the test-only
     * libraries they use (GreenMail, an in-process SMTP server) in its WEB-INF/lib. Every in-container test class
     * asks for this same archive, so that one deployment serves them all (org.refract.arquillian).
     *
     * <p>The WAR's annotation index, written by the build for the portal's own classes, is left out: it does not
     * know the test classes added beside them, whose beans WildFly would then never see. Without it WildFly indexes
     * WEB-INF/classes itself, as it does any archive without an index (the HTTP tests deploy the EAR as built).
     */
    public static EnterpriseArchive portalWithTests() {
        EnterpriseArchive ear = portal();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        if (war.delete(WAR_INDEX) == null) {
            throw new IllegalStateException(
                    WAR + " has no " + WAR_INDEX + ": the build writes one (jandex-maven-plugin)");
        }
        war.addPackages(true, Deployments.class.getPackage());
        war.addClass(FreshDeployment.class);
        war.addAsLibrary(openTestRunner());
        for (Class<?> library : TEST_LIBRARIES) {
            try {
                war.addAsLibrary(new File(library.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException("No jar for " + library, e);
            }
        }
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    /**
     * The portal requires a login for every path; Arquillian's test-runner servlet must stay reachable, so a web
     * fragment in the test deployment only leaves exactly that path open.
     */
    private static JavaArchive openTestRunner() {
        String fragment = """
                <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <name>arquillian_test_runner</name>
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>arquillian</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                            <url-pattern>/ArquillianServletRunner</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-fragment>
                """;
        return ShrinkWrap.create(JavaArchive.class, "arquillian-open-runner.jar")
                .addAsManifestResource(new StringAsset(fragment), "web-fragment.xml");
    }
}
