package org.refract.arquillian;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.event.suite.BeforeClass;

/** Remembers which test class Arquillian is about to deploy for (it observes before the deployment does). */
public final class CurrentTestClass {

    private static volatile Class<?> current;

    public void beforeClass(@Observes(precedence = 1000) BeforeClass event) {
        current = event.getTestClass().getJavaClass();
    }

    static boolean wantsFreshDeployment() {
        Class<?> testClass = current;
        return testClass != null && testClass.isAnnotationPresent(FreshDeployment.class);
    }

    static String name() {
        Class<?> testClass = current;
        return testClass == null ? "?" : testClass.getSimpleName();
    }
}
