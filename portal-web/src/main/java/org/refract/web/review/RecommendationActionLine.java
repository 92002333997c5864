package org.refract.web.review;

import java.io.Serializable;
import java.time.LocalDate;
import org.refract.service.review.ActionRequest;
import org.refract.service.review.ActionRow;

/** One action item of the recommendation as typed on {@link RecommendationForm}. */
public class RecommendationActionLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;
    private String owner;
    private LocalDate dueDate;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    static RecommendationActionLine of(ActionRow row) {
        RecommendationActionLine line = new RecommendationActionLine();
        line.description = row.description();
        line.owner = row.ownerUsername();
        line.dueDate = row.dueDate();
        return line;
    }

    ActionRequest toRequest() {
        return new ActionRequest(description, owner, dueDate);
    }
}
