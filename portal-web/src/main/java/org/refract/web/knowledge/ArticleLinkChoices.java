package org.refract.web.knowledge;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.refract.service.catalog.CatalogService;
import org.refract.service.catalog.ConditionCatalog;
import org.refract.service.catalog.ConditionOption;

/**
 * The catalogue entries an article can link to on {@code /admin/articles/edit.xhtml} (conditions, and the therapies
 * and resistance factors of every condition, each once), read once per view.
 */
@Named
@ViewScoped
public class ArticleLinkChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A catalogue entry to link to. */
    public record Choice(String code, String name) implements Serializable {}

    @EJB
    transient CatalogService catalog;

    private List<Choice> conditionChoices;
    private List<Choice> therapyChoices;
    private List<Choice> factorChoices;

    public List<Choice> getConditionChoices() {
        if (conditionChoices == null) {
            conditionChoices = catalog.conditions().stream()
                    .map(c -> new Choice(c.code(), c.name()))
                    .toList();
        }
        return conditionChoices;
    }

    public List<Choice> getTherapyChoices() {
        if (therapyChoices == null) {
            Map<String, Choice> all = new LinkedHashMap<>();
            catalogs()
                    .forEach(c ->
                            c.therapies().forEach(t -> all.putIfAbsent(t.code(), new Choice(t.code(), t.name()))));
            therapyChoices = List.copyOf(all.values());
        }
        return therapyChoices;
    }

    public List<Choice> getFactorChoices() {
        if (factorChoices == null) {
            Map<String, Choice> all = new LinkedHashMap<>();
            catalogs()
                    .forEach(c -> c.factors().forEach(f -> all.putIfAbsent(f.code(), new Choice(f.code(), f.name()))));
            factorChoices = List.copyOf(all.values());
        }
        return factorChoices;
    }

    private List<ConditionCatalog> catalogs() {
        return catalog.conditions().stream()
                .map(ConditionOption::code)
                .map(catalog::forCondition)
                .flatMap(Optional::stream)
                .toList();
    }
}
