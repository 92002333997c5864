package org.refract.web.api.description;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.refract.web.api.ApiDocumentationTest;

/** The OpenAPI description is generated from every resource of the API and the application that mounts them. */
class OpenApiDocumentTest {

    @Test
    void theDescriptionCoversEveryResource() throws IOException {
        Set<Class<?>> resources = new TreeSet<>(Comparator.comparing(Class::getName));
        for (Class<?> type : ApiDocumentationTest.apiClasses()) {
            if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(ApplicationPath.class)) {
                resources.add(type);
            }
        }
        Set<Class<?>> described = new TreeSet<>(Comparator.comparing(Class::getName));
        described.addAll(OpenApiDocument.API_CLASSES);
        assertEquals(resources, described);
    }
}
