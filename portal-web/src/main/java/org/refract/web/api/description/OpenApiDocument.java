package org.refract.web.api.description;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jboss.jandex.Index;
import org.refract.web.api.MeResource;
import org.refract.web.api.RestApplication;
import org.refract.web.api.UsersResource;
import org.refract.web.api.analytics.AnalyticsResource;
import org.refract.web.api.cases.CasesResource;
import org.refract.web.api.cases.OutcomesResource;
import org.refract.web.api.knowledge.ArticlesResource;

/**
 * The OpenAPI description, generated once from the annotations of the resources by SmallRye OpenAPI (the library
 * WildFly ships; see the EAR's jboss-deployment-structure.xml). The paths carry the context root, so they read as
 * {@code /portal/api/cases/{id}} like docs/api.md.
 */
@ApplicationScoped
public class OpenApiDocument {

    /** Every class of the API that the description is generated from; {@code OpenApiDocumentTest} keeps it whole. */
    static final List<Class<?>> API_CLASSES = List.of(
            RestApplication.class,
            OpenApiResource.class,
            MeResource.class,
            UsersResource.class,
            CasesResource.class,
            OutcomesResource.class,
            AnalyticsResource.class,
            ArticlesResource.class);

    static final String CONTEXT_ROOT = "/portal";

    private volatile String json;

    public String json() {
        String current = json;
        if (current == null) {
            current = generate();
            json = current;
        }
        return current;
    }

    static String generate() {
        Index index;
        try {
            index = Index.of(API_CLASSES.toArray(Class<?>[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SmallRyeOpenAPI.builder()
                .withApplicationClassLoader(OpenApiDocument.class.getClassLoader())
                .withScannerClassLoader(SmallRyeOpenAPI.class.getClassLoader())
                .withIndex(index)
                .withContextRootResolver(classes -> CONTEXT_ROOT)
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .build()
                .toJSON();
    }
}
