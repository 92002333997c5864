package org.refract.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * The address of a case page as the request names it ({@code ?id=N&tab=history}, {@code ?id=N&edit=summary}): read
 * once per request, before any view exists, because it decides how the page is built. The view metadata asks it
 * whether the page is stateless (a view-scoped {@link CasePage} cannot be created while the metadata is read), and
 * the page takes its starting values from it.
 */
@Named
@RequestScoped
public class CaseAddress {

    private String id;
    private CaseTab tab = CaseTab.OVERVIEW;
    private boolean summaryEdit;

    @PostConstruct
    void read() {
        id = Faces.getRequestParameter("id");
        tab = CaseTab.of(Faces.getRequestParameter("tab"));
        summaryEdit = CasePage.SUMMARY_EDIT.equals(Faces.getRequestParameter("edit"));
    }

    /** The {@code id} parameter as given (CasePage parses it). */
    public String getId() {
        return id;
    }

    public CaseTab getTab() {
        return tab;
    }

    /** Whether the address asks for the Overview's summary form. */
    public boolean isSummaryEdit() {
        return summaryEdit;
    }

    /** Whether the page keeps no view in the session: a read-only tab, or the Overview without its summary form. */
    public boolean isStateless() {
        return stateless(tab, summaryEdit);
    }

    static boolean stateless(CaseTab tab, boolean summaryEdit) {
        return tab.isReadOnly() || (tab == CaseTab.OVERVIEW && !summaryEdit);
    }
}
