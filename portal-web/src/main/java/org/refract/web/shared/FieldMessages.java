package org.refract.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refract.service.shared.FieldError;

/**
 * Shows a service's field errors next to the inputs they concern. The view names the request field of each input
 * (the {@code path} of the field tags, which defaults to the input's id), so Java code never names client ids;
 * errors without a matching input become page-level messages.
 */
public final class FieldMessages {

    /** Component attribute holding the request field path of an input, e.g. "patient.birthYear". */
    public static final String PATH = "fieldPath";

    private FieldMessages() {}

    public static void show(FacesContext faces, List<FieldError> errors) {
        Map<String, String> inputs = clientIdsByPath(faces);
        for (FieldError error : errors) {
            String clientId = error.field() == null ? null : inputs.get(error.field());
            // Not marked invalid: an invalid input renders its (already consumed) submitted value, i.e. empty.
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        }
        faces.validationFailed();
    }

    /** The client id of the first input of each field path in the view. */
    static Map<String, String> clientIdsByPath(FacesContext faces) {
        // Client ids are taken during the visit: inside a ui:repeat only then do they carry the row index.
        Map<String, String> inputs = new HashMap<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, target) -> {
            if (target instanceof UIInput input
                    && target.getAttributes().get(PATH) instanceof String path
                    && !path.isEmpty()) {
                inputs.putIfAbsent(path, input.getClientId(faces));
            }
            return VisitResult.ACCEPT;
        });
        return inputs;
    }
}
