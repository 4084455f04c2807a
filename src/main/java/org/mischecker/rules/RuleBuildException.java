package org.mischecker.rules;

import java.util.List;

/** The DRL of a rule pack does not build; carries every builder message with file and line. */
public class RuleBuildException extends RuntimeException {

    private final List<String> messages;

    public RuleBuildException(List<String> messages) {
        super(String.join("\n", messages));
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
