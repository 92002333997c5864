package org.refract.web.shared;

import java.io.Serializable;

/**
 * What a form shows above its fields after the service refused a change: a conflict (someone saved first, with
 * the offer to reload the case) or a problem that belongs to no single field.
 */
public class FormFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    private String conflict;
    private String problem;

    public void clear() {
        conflict = null;
        problem = null;
    }

    public void conflict(String message) {
        conflict = message;
    }

    public void problem(String message) {
        problem = problem == null ? message : problem + " " + message;
    }

    public String getConflict() {
        return conflict;
    }

    public String getProblem() {
        return problem;
    }

    /** Whether there is anything to show ("empty" is a reserved word in EL). */
    public boolean isShown() {
        return conflict != null || problem != null;
    }
}
