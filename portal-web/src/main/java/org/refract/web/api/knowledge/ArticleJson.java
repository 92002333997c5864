package org.refract.web.api.knowledge;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.refract.service.knowledge.ArticleDetail;
import org.refract.service.knowledge.ArticleRow;

/** Articles as the API shows them. */
final class ArticleJson {

    private ArticleJson() {}

    static JsonObject detail(ArticleDetail a) {
        return JSON.createObjectBuilder()
                .add("slug", a.slug())
                .add("version", a.version())
                .add("title", a.title())
                .add("summary", a.summary())
                .add("body", a.body())
                .add("status", a.status().name())
                .add("updatedBy", a.updatedBy())
                .add("updatedAt", a.updatedAt().toString())
                .add("conditions", array(a.links().conditions()))
                .add("therapies", array(a.links().therapies()))
                .add("factors", array(a.links().factors()))
                .add("revisions", a.revisions().size())
                .build();
    }

    static JsonObject list(List<ArticleRow> rows) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        rows.forEach(r -> items.add(JSON.createObjectBuilder()
                .add("slug", r.slug())
                .add("title", r.title())
                .add("summary", r.summary())
                .add("status", r.status().name())));
        return JSON.createObjectBuilder()
                .add("total", rows.size())
                .add("items", items)
                .build();
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
