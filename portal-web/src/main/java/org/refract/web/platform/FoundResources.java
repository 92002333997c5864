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
 *
 * <p>Only pages share them. A request for a style sheet or script itself (a resource request) gets a resource of its
 * own, as before: Mojarra's resource fills a map of response headers when it is served, which requests served at the
 * same time must not share.
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

    /** A name without a library, as {@code #{resource[name]}} asks for it ({@code r:script}): as with no library. */
    @Override
    public Resource createResource(String resourceName) {
        FacesContext context = FacesContext.getCurrentInstance();
        return find(
                resourceKey(resourceName, null),
                () -> super.createResource(resourceName),
                forPages(context),
                Resource.class);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        FacesContext context = FacesContext.getCurrentInstance();
        return find(
                resourceKey(resourceName, libraryName),
                () -> super.createResource(resourceName, libraryName),
                forPages(context),
                Resource.class);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        FacesContext context = FacesContext.getCurrentInstance();
        return find(
                "resource:" + libraryName + ":" + resourceName + ":" + contentType,
                () -> super.createResource(resourceName, libraryName, contentType),
                forPages(context),
                Resource.class);
    }

    /** One key for a name and library, however the name was asked for (with no library, or a null one). */
    private static String resourceKey(String resourceName, String libraryName) {
        return "resource:" + libraryName + ":" + resourceName;
    }

    private static boolean production(FacesContext context) {
        return context != null && context.isProjectStage(ProjectStage.Production);
    }

    /** In the Production stage, for a page (not for a resource request, which serves the resource). */
    private boolean forPages(FacesContext context) {
        return production(context) && !isResourceRequest(context);
    }

    /**
     * With {@code share}, the resource kept under that key, or the one the finder gives, kept if found; without it,
     * the finder's, neither read from nor written to what is kept.
     */
    <T> T find(String key, Supplier<T> finder, boolean share, Class<T> type) {
        if (!share) {
            return finder.get();
        }
        Object known = found.get(key);
        if (known != null) {
            return type.cast(known);
        }
        T resource = finder.get();
        if (resource != null) {
            found.putIfAbsent(key, resource);
        }
        return resource;
    }
}
