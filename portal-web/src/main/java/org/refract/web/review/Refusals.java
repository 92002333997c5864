package org.refract.web.review;

import jakarta.faces.context.FacesContext;
import java.util.List;
import org.refract.domain.shared.InvalidInputException;
import org.refract.service.shared.FieldError;
import org.refract.service.shared.InvalidRequestException;
import org.refract.web.shared.FieldMessages;

/**
 * A service's refusal of one form on the meeting-mode screen, shown next to that form's fields. Several forms share
 * the screen (and the case tabs add more), so each names its fields under a prefix ("proposal.therapy",
 * "recommendation.therapy"): the same service field then lands beside the input of the form that sent it.
 */
final class Refusals {

    private Refusals() {}

    static void fields(FacesContext faces, String prefix, InvalidRequestException e) {
        FieldMessages.show(
                faces,
                e.getErrors().stream().map(error -> prefixed(prefix, error)).toList());
    }

    static void fields(FacesContext faces, String prefix, InvalidInputException e) {
        FieldMessages.show(faces, List.of(prefixed(prefix, new FieldError(e.field(), e.getMessage()))));
    }

    private static FieldError prefixed(String prefix, FieldError error) {
        return new FieldError(error.field() == null ? null : prefix + "." + error.field(), error.message());
    }
}
