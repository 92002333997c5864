package org.refract.arquillian;

import java.util.Comparator;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes that share a deployment one after the other, so that {@link KeptDeploymentContainer}
 * deploys each kind once: the in-container tests (the portal with the test classes inside), then the tests that
 * talk to the portal from outside (API and browser). Within a kind the classes marked {@link FreshDeployment} come
 * last (each deploys anew, so what one changes reaches no class that shares a deployment); otherwise by name.
 */
public final class DeploymentGroupsOrderer implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparing((ClassDescriptor d) -> runsAsClient(d.getTestClass()))
                        .thenComparing(d -> d.getTestClass().isAnnotationPresent(FreshDeployment.class))
                        .thenComparing(d -> d.getTestClass().getName()));
    }

    private static boolean runsAsClient(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(RunAsClient.class)) {
                return true;
            }
        }
        return false;
    }
}
