package org.refract.arquillian;

import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.ConfigurationMapper;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.api.Injector;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.as.arquillian.container.managed.ManagedContainerConfiguration;
import org.jboss.as.arquillian.container.managed.ManagedDeployableContainer;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;

/**
 * WildFly's managed container, keeping a deployment for the next test class. A deployment whose archive holds the
 * same entries as the one deployed (every test class of a kind asks for the same archive, see
 * {@code org.refract.it.Deployments}) is not deployed again: the next class gets the running portal, with what the
 * classes before it stored (tests work with data of their own). A different archive, or a class marked
 * {@link FreshDeployment}, replaces it; that deployment empties the database first, as every deployment of the
 * tests does. The kept deployment is undeployed before the server stops, so that no deployment stays in the
 * server's configuration for the next run.
 */
public final class KeptDeploymentContainer implements DeployableContainer<ManagedContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(KeptDeploymentContainer.class.getName());

    private final ManagedDeployableContainer server = new ManagedDeployableContainer();

    @Inject
    private Instance<Injector> injector;

    private boolean injected;
    private Archive<?> kept;
    private String keptEntries;
    private ProtocolMetaData keptMetaData;

    @Override
    public Class<ManagedContainerConfiguration> getConfigurationClass() {
        return ManagedContainerConfiguration.class;
    }

    @Override
    public ConfigurationMapper<ManagedContainerConfiguration> getConfigurationMapper() {
        return server().getConfigurationMapper();
    }

    @Override
    public void setup(ManagedContainerConfiguration configuration) {
        server().setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        server().start();
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            undeployKept();
        } catch (DeploymentException e) {
            LOG.warning("Could not undeploy " + kept + " before stopping: " + e.getMessage());
        }
        server().stop();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return server().getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String entries = entries(archive);
        if (kept != null && entries.equals(keptEntries) && !CurrentTestClass.wantsFreshDeployment()) {
            LOG.info(() -> CurrentTestClass.name() + " uses the deployment kept from the class before");
            return keptMetaData;
        }
        undeployKept();
        LOG.info(() -> CurrentTestClass.name() + " deploys " + archive.getName());
        ProtocolMetaData metaData = server().deploy(archive);
        kept = archive;
        keptEntries = entries;
        keptMetaData = metaData;
        return metaData;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // kept for the next test class; replaced or undeployed in deploy() and stop()
    }

    private void undeployKept() throws DeploymentException {
        if (kept != null) {
            Archive<?> archive = kept;
            kept = null;
            keptEntries = null;
            keptMetaData = null;
            server().undeploy(archive);
        }
    }

    private ManagedDeployableContainer server() {
        if (!injected) {
            injector.get().inject(server);
            injected = true;
        }
        return server;
    }

    /** Every entry of the archive and of the archives inside it, with its size where it has one, sorted. */
    static String entries(Archive<?> archive) {
        Map<String, String> all = new TreeMap<>();
        collect("", archive, all);
        return all.toString();
    }

    private static void collect(String prefix, Archive<?> archive, Map<String, String> all) {
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            String path = prefix + entry.getKey().get();
            if (entry.getValue().getAsset() instanceof ArchiveAsset nested) {
                collect(path + "!", nested.getArchive(), all);
            } else {
                all.put(path, entry.getValue().getAsset() == null ? "dir" : "file");
            }
        }
    }
}
