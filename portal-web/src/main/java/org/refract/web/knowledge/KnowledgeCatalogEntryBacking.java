package org.refract.web.knowledge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.refract.service.knowledge.CatalogEntryDetail;
import org.refract.service.knowledge.KnowledgeService;
import org.refract.service.shared.NotFoundException;

/** {@code /knowledge/therapy.xhtml?code=…} and {@code /knowledge/factor.xhtml?code=…}: an entry and its articles. */
@Named
@RequestScoped
public class KnowledgeCatalogEntryBacking {

    @Inject
    KnowledgeService knowledge;

    private String code;
    private CatalogEntryDetail entry;

    public void openTherapy() throws IOException {
        open(true);
    }

    public void openFactor() throws IOException {
        open(false);
    }

    private void open(boolean therapy) throws IOException {
        try {
            String c = code == null ? "" : code;
            entry = therapy ? knowledge.therapy(c) : knowledge.factor(c);
        } catch (NotFoundException e) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        }
    }

    public CatalogEntryDetail getEntry() {
        return entry;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
