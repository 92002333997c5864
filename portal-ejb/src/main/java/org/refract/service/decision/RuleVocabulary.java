package org.refract.service.decision;

import java.io.Serializable;
import java.util.List;

/**
 * What a rule's criteria can name, with the catalogue's names: the instruments, therapies and resistance factors of
 * the rule's condition (of every condition for a rule that applies to all).
 */
public record RuleVocabulary(List<Choice> instruments, List<Choice> therapies, List<Choice> factors)
        implements Serializable {

    /** A catalogue entry as a picker offers it: its name shown, its code stored. */
    public record Choice(String code, String name) implements Serializable {}
}
