package org.refract.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.as.arquillian.container.managed.ManagedDeployableContainer;

/**
 * Deploys the portal once for a run of integration tests instead of once per test class: WildFly's managed container
 * is wrapped so that a test class whose deployment equals the one already deployed uses it as it is (see
 * {@link KeptDeploymentContainer}). Registered in META-INF/services of the test resources.
 */
public final class KeptDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, ManagedDeployableContainer.class, KeptDeploymentContainer.class);
        builder.observer(CurrentTestClass.class);
    }
}
