package org.refract.web.api.cases;

import static org.refract.domain.shared.JsonValues.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.refract.domain.casework.EventDetails;
import org.refract.service.casework.EventRequest;
import org.refract.service.casework.EventRow;
import org.refract.web.api.JsonFields;

/** Clinical events in the API's JSON (shared/API.md, "Events"): a request body read, a recorded event written. */
final class EventJson {

    private EventJson() {}

    static EventRequest entry(JsonFields json) {
        return new EventRequest(
                json.string("type"),
                json.date("date"),
                new EventDetails(
                        json.bool("treatedWithSystemicSteroids"),
                        json.bool("hospitalised"),
                        json.bool("icu"),
                        json.string("site"),
                        json.bool("treated"),
                        json.string("seizureType"),
                        json.integer("count")),
                json.string("note"));
    }

    static JsonArray list(List<EventRow> events) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        events.forEach(e -> items.add(event(e)));
        return items.build();
    }

    static JsonObject event(EventRow e) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", e.id())
                .add("type", e.type().name())
                .add("date", e.date().toString());
        EventDetails d = e.details();
        put(json, "treatedWithSystemicSteroids", d.treatedWithSystemicSteroids());
        put(json, "hospitalised", d.hospitalised());
        put(json, "icu", d.icu());
        put(json, "site", d.site());
        put(json, "treated", d.treated());
        put(json, "seizureType", d.seizureType());
        if (d.count() != null) {
            json.add("count", d.count());
        }
        put(json, "note", e.note());
        return json.add("enteredBy", e.enteredBy())
                .add("enteredAt", e.enteredAt().toString())
                .build();
    }

    private static void put(JsonObjectBuilder json, String name, Boolean value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
