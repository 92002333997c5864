package org.refract.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The portal's version for the footer, written into the WAR by the build. */
@Named
@ApplicationScoped
public class BuildInfo {

    private final String version;

    public BuildInfo() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/refract-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.version = properties.getProperty("version", "development");
    }

    public String getVersion() {
        return version;
    }
}
