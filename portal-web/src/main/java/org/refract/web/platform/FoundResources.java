package org.refract.web.platform;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Finds each page, template, include, style sheet and script once (issue 16). Faces asks the resource handler for
 * the view resource of every page and every {@code ui:include}, and for every style sheet and script a page names,
 * on every request; Mojarra then looks up the resource locale prefix in the application's message bundle, which has
 * none, so each look-up cost an exception with its stack trace: 4 to 5 % of a page's CPU. The files of a deployed
 * portal do not change, so in the Production stage a resource that was found is kept by its name (and library); a
 * name that was not found is asked for again each time, so that addresses that do not exist leave nothing behind.
 * In the Development stage every request asks, so that edited pages show. A kept resource holds what was found, not
 * a request's address: its address is written for each request as before.
 */
public class FoundResources extends ResourceHandlerWrapper {

    private final ConcurrentMap<String, Object> found = new ConcurrentHashMap<>();

    public FoundResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        return find(
                "view:" + resourceName,
                () -> super.createViewResource(context, resourceName),
                production(context),
                ViewResource.class);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        FacesContext context = FacesContext.getCurrentInstance();
        return find(
                "resource:" + libraryName + ":" + resourceName,
                () -> super.createResource(resourceName, libraryName),
                production(context),
                Resource.class);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        FacesContext context = FacesContext.getCurrentInstance();
        return find(
                "resource:" + libraryName + ":" + resourceName + ":" + contentType,
                () -> super.createResource(resourceName, libraryName, contentType),
                production(context),
                Resource.class);
    }

    private static boolean production(FacesContext context) {
        return context != null && context.isProjectStage(ProjectStage.Production);
    }

    /** The resource kept under that key, or the one the finder gives, kept if {@code keep} and found. */
    <T> T find(String key, Supplier<T> finder, boolean keep, Class<T> type) {
        Object known = found.get(key);
        if (known != null) {
            return type.cast(known);
        }
        T resource = finder.get();
        if (resource != null && keep) {
            found.putIfAbsent(key, resource);
        }
        return resource;
    }
}
