package org.mischecker.report.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The output formats by name; the CLI lists its --format candidates from here. */
public final class Renderers {

    private final Map<String, Renderer> byName = new LinkedHashMap<>();

    public Renderers(boolean colour) {
        for (Renderer r : List.of(new TextRenderer(colour), new JsonRenderer(), new CsvMatrixRenderer(),
                new CsvLongRenderer(), new JunitRenderer(), new HtmlRenderer(), new MarkdownRenderer())) {
            byName.put(r.name(), r);
        }
    }

    public Optional<Renderer> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
