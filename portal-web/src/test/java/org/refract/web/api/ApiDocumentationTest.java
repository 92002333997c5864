package org.refract.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/api.md} honest: every resource method under {@code org.refract.web.api} (found by reflection over
 * the compiled classes) has a heading {@code ### `METHOD /portal/api/path`} there, and every such heading names a
 * resource method that exists. Endpoints of the contract that are not built yet belong in the document's "Not yet
 * implemented" section, which uses no such headings.
 */
public class ApiDocumentationTest {

    private static final String CONTEXT_ROOT = "/portal";
    private static final Pattern HEADING = Pattern.compile("^### `([A-Z]+) (/portal/api/\\S*)`", Pattern.MULTILINE);
    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    @Test
    void everyResourceMethodIsDocumented() throws IOException {
        Set<String> built = builtEndpoints();
        Set<String> documented = documentedEndpoints();
        assertFalse(built.isEmpty(), "no JAX-RS resource found under org.refract.web.api");
        Set<String> missing = new TreeSet<>(built);
        missing.removeAll(documented);
        assertEquals(
                Set.of(), missing, "docs/api.md lacks a heading ### `METHOD path` for these endpoints of the code");
    }

    @Test
    void everyDocumentedEndpointExists() throws IOException {
        Set<String> extra = documentedEndpoints();
        extra.removeAll(builtEndpoints());
        assertEquals(
                Set.of(),
                extra,
                "docs/api.md documents endpoints the code does not have (move them to \"Not yet implemented\")");
    }

    @Test
    void pathsAreJoinedAsTheServerDoes() {
        assertEquals("/portal/api/cases/{id}", join("/portal", "api", "/cases/", "{id: \\d+}"));
        assertEquals("/portal/api/me", join("/portal", "/api/", "me", null));
    }

    /** "GET /portal/api/cases/{id}" for every resource method of the API package. */
    static Set<String> builtEndpoints() throws IOException {
        String application =
                RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Set<String> endpoints = new TreeSet<>();
        for (Class<?> type : apiClasses()) {
            jakarta.ws.rs.Path resource = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (resource == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    endpoints.add(verb + " "
                            + join(CONTEXT_ROOT, application, resource.value(), sub == null ? null : sub.value()));
                }
            }
        }
        return endpoints;
    }

    static Set<String> documentedEndpoints() throws IOException {
        Path doc = apiDocument();
        Matcher heading = HEADING.matcher(Files.readString(doc, StandardCharsets.UTF_8));
        Set<String> endpoints = new TreeSet<>();
        while (heading.find()) {
            endpoints.add(heading.group(1) + " " + heading.group(2));
        }
        assertFalse(endpoints.isEmpty(), doc + " has no endpoint heading");
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return TEMPLATE_REGEX.matcher(path).replaceAll("{$1}");
    }

    /** The compiled classes of org.refract.web.api and its sub-packages, from the directory that holds this one. */
    public static Set<Class<?>> apiClasses() throws IOException {
        Path root;
        try {
            root = Path.of(RestApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path api = root.resolve(RestApplication.class.getPackageName().replace('.', '/'));
        assertTrue(Files.isDirectory(api), "compiled API classes expected in " + api);
        Set<Class<?>> classes = new HashSet<>();
        try (Stream<Path> files = Files.walk(api)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".");
                classes.add(load(name.substring(0, name.length() - ".class".length())));
            }
        }
        return classes;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiDocumentationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code docs/api.md} of the repository, found from the module directory the tests run in. */
    private static Path apiDocument() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs").resolve("api.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        throw new IllegalStateException(
                "docs/api.md not found above " + Path.of("").toAbsolutePath());
    }
}
