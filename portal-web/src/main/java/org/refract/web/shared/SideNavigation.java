package org.refract.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The side navigation's items for the caller's roles, the current page's marked (navigation.xhtml, written by
 * {@link NavLinks}). Issue 16: as markup in the page, each item cost a condition, two comparisons of the view id and
 * a message look-up, on every page of a logged-in user.
 */
@Named
@RequestScoped
public class SideNavigation {

    /** Who sees an item. */
    private enum Audience {
        CLINICIANS(CurrentUser::isClinician),
        CLINICAL_TEAMS(user -> user.isClinician() || user.isChair()),
        EVERYONE(user -> true),
        ADMINS(CurrentUser::isAdmin);

        final Predicate<CurrentUser> includes;

        Audience(Predicate<CurrentUser> includes) {
            this.includes = includes;
        }
    }

    /**
     * The items in their order. An item whose {@code section} is null is current on its own page only; else on every
     * page under that folder.
     */
    private enum Item {
        HOME("nav-home", "/home.xhtml", null, "pi-home", "nav.home", Audience.CLINICIANS),
        CASES("nav-cases", "/cases/index.xhtml", "/cases/", "pi-folder-open", "nav.cases", Audience.CLINICAL_TEAMS),
        MEETINGS(
                "nav-meetings",
                "/meetings/index.xhtml",
                "/meetings/",
                "pi-calendar",
                "nav.meetings",
                Audience.CLINICAL_TEAMS),
        ANALYTICS(
                "nav-analytics",
                "/analytics/index.xhtml",
                "/analytics/",
                "pi-chart-bar",
                "nav.analytics",
                Audience.CLINICAL_TEAMS),
        KNOWLEDGE(
                "nav-knowledge",
                "/knowledge/index.xhtml",
                "/knowledge/",
                "pi-book",
                "nav.knowledge",
                Audience.EVERYONE),
        ADMIN("nav-admin", "/admin/index.xhtml", null, "pi-cog", "nav.admin.home", Audience.ADMINS),
        RULES(
                "nav-admin-rules",
                "/admin/rules/index.xhtml",
                "/admin/rules/",
                "pi-sitemap",
                "nav.admin.rules",
                Audience.ADMINS),
        TRIALS(
                "nav-admin-trials",
                "/admin/trials/index.xhtml",
                "/admin/trials/",
                "pi-users",
                "nav.admin.trials",
                Audience.ADMINS),
        ARTICLES(
                "nav-admin-articles",
                "/admin/articles/index.xhtml",
                "/admin/articles/",
                "pi-file-edit",
                "nav.admin.articles",
                Audience.ADMINS),
        CATALOGUE(
                "nav-admin-catalogue",
                "/admin/catalogue/index.xhtml",
                "/admin/catalogue/",
                "pi-book",
                "nav.admin.catalogue",
                Audience.ADMINS),
        USERS(
                "nav-admin-users",
                "/admin/users/index.xhtml",
                "/admin/users/",
                "pi-user",
                "users.title",
                Audience.ADMINS),
        TEAMS(
                "nav-admin-teams",
                "/admin/teams/index.xhtml",
                "/admin/teams/",
                "pi-users",
                "teams.title",
                Audience.ADMINS);

        final String id;
        final String page;
        final String section;
        final String icon;
        final String label;
        final Audience audience;

        Item(String id, String page, String section, String icon, String label, Audience audience) {
            this.id = id;
            this.page = page;
            this.section = section;
            this.icon = icon;
            this.label = label;
            this.audience = audience;
        }

        boolean isCurrent(String viewId) {
            return section == null ? page.equals(viewId) : viewId.startsWith(section);
        }
    }

    @Inject
    CurrentUser user;

    private List<NavLink> links;

    /** The caller's items, the current page's marked. */
    public List<NavLink> getLinks() {
        if (links == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String contextPath = faces.getExternalContext().getRequestContextPath();
            String viewId =
                    faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
            List<NavLink> shown = new ArrayList<>();
            for (Item item : Item.values()) {
                if (item.audience.includes.test(user)) {
                    shown.add(new NavLink(
                            item.id,
                            contextPath + item.page,
                            Messages.text(faces, item.label),
                            item.icon,
                            item.isCurrent(viewId)));
                }
            }
            links = List.copyOf(shown);
        }
        return links;
    }
}
