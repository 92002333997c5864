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
     * The items in their order. An item's place is a page ({@code /home.xhtml}: current there only) or a folder
     * ({@code /cases/}: the link leads to its {@code index.xhtml}, and the item is current on every page in it).
     */
    private enum Item {
        HOME("nav-home", "/home.xhtml", "pi-home", "nav.home", Audience.CLINICIANS),
        CASES("nav-cases", "/cases/", "pi-folder-open", "nav.cases", Audience.CLINICAL_TEAMS),
        MEETINGS("nav-meetings", "/meetings/", "pi-calendar", "nav.meetings", Audience.CLINICAL_TEAMS),
        ANALYTICS("nav-analytics", "/analytics/", "pi-chart-bar", "nav.analytics", Audience.CLINICAL_TEAMS),
        KNOWLEDGE("nav-knowledge", "/knowledge/", "pi-book", "nav.knowledge", Audience.EVERYONE),
        ADMIN("nav-admin", "/admin/index.xhtml", "pi-cog", "nav.admin.home", Audience.ADMINS),
        RULES("nav-admin-rules", "/admin/rules/", "pi-sitemap", "nav.admin.rules", Audience.ADMINS),
        TRIALS("nav-admin-trials", "/admin/trials/", "pi-users", "nav.admin.trials", Audience.ADMINS),
        ARTICLES("nav-admin-articles", "/admin/articles/", "pi-file-edit", "nav.admin.articles", Audience.ADMINS),
        CATALOGUE("nav-admin-catalogue", "/admin/catalogue/", "pi-book", "nav.admin.catalogue", Audience.ADMINS),
        USERS("nav-admin-users", "/admin/users/", "pi-user", "users.title", Audience.ADMINS),
        TEAMS("nav-admin-teams", "/admin/teams/", "pi-users", "teams.title", Audience.ADMINS);

        final String id;
        final String place;
        final String icon;
        final String label;
        final Audience audience;

        Item(String id, String place, String icon, String label, Audience audience) {
            this.id = id;
            this.place = place;
            this.icon = icon;
            this.label = label;
            this.audience = audience;
        }

        boolean isFolder() {
            return place.endsWith("/");
        }

        String page() {
            return isFolder() ? place + "index.xhtml" : place;
        }

        boolean isCurrent(String viewId) {
            return isFolder() ? viewId.startsWith(place) : place.equals(viewId);
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
                            contextPath + item.page(),
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
