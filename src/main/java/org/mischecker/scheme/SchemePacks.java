package org.mischecker.scheme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the rule packs: one folder per scheme year ({@code rules/y4/}) holding thresholds.yaml,
 * evidence.yaml and one DRL file per safety action. The packs ship inside the jar and can be
 * loaded from source with {@code --rules DIR} while someone edits them.
 */
public final class SchemePacks {

    private static final Pattern YEAR_DIR = Pattern.compile("y(\\d+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");
    private static final String MARKER = "rules/README.md";

    private final Map<Integer, SchemeYear> years;

    private SchemePacks(Map<Integer, SchemeYear> years) {
        this.years = java.util.Collections.unmodifiableMap(new TreeMap<>(years));
    }

    public Map<Integer, SchemeYear> years() {
        return years;
    }

    public SchemeYear year(int year) {
        SchemeYear y = years.get(year);
        if (y == null) {
            throw new IllegalArgumentException("no rule pack for scheme year " + year);
        }
        return y;
    }

    /** The packs shipped on the classpath (inside target/mis.jar, or target/classes in tests). */
    public static SchemePacks fromClasspath() {
        return fromDirectory(classpathRoot());
    }

    /** The folder of the packs shipped on the classpath (a folder inside the jar's file system when run from the jar). */
    public static Path classpathRoot() {
        URL marker = SchemePacks.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new SchemeException("the rule packs are missing from the classpath (no " + MARKER + ")");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/rules");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new SchemeException("cannot open the rule packs at " + marker + ": " + e.getMessage(), e);
        }
    }

    /** The packs under {@code root}, one sub-folder {@code y<N>} per scheme year. */
    public static SchemePacks fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new SchemeException("rules folder " + root + " does not exist");
        }
        Map<Integer, SchemeYear> years = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                Matcher m = YEAR_DIR.matcher(dir.getFileName().toString().replace("/", ""));
                if (Files.isDirectory(dir) && m.matches()) {
                    years.put(Integer.parseInt(m.group(1)), readYear(dir, Integer.parseInt(m.group(1))));
                }
            }
        } catch (IOException e) {
            throw new SchemeException("cannot read rules folder " + root + ": " + e.getMessage(), e);
        }
        if (years.isEmpty()) {
            throw new SchemeException("rules folder " + root + " holds no scheme-year pack (expected folders like y4/)");
        }
        return new SchemePacks(years);
    }

    private static SchemeYear readYear(Path dir, int year) throws IOException {
        YAMLFactory yaml = new YAMLFactory();
        JsonNode thresholds = readYaml(yaml, dir.resolve("thresholds.yaml"));
        JsonNode catalogue = readYaml(yaml, dir.resolve("evidence.yaml"));
        int declaredYear = thresholds.path("schemeYear").asInt(-1);
        if (declaredYear != year) {
            throw new SchemeException(dir.resolve("thresholds.yaml") + ": schemeYear is " + declaredYear
                    + " but the folder is for year " + year);
        }
        Map<String, Parameter> parameters = readParameters(dir, thresholds.path("parameters"));
        requireNamesTheCheckerUses(dir, parameters);
        java.util.Set<String> quoted = new java.util.TreeSet<>();
        Map<String, Body> bodies = readBodies(dir, catalogue.path("bodies"), parameters);
        Map<String, ExternalSource> sources = externalSources(dir, catalogue.path("externalSources"));
        List<ActionInfo> actions = readActions(dir, catalogue.path("actions"), parameters, quoted, bodies, sources);
        List<RuleFile> ruleFiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String name = "rules/y" + year + "/" + f.getFileName().toString().replace("/", "");
                ruleFiles.add(new RuleFile(name, Files.readString(f, StandardCharsets.UTF_8), sourceOf(f, name)));
            }
        }
        String schemeName = thresholds.path("scheme").asText("").strip();
        if (schemeName.isEmpty()) {
            throw new SchemeException(dir.resolve("thresholds.yaml") + ": no scheme name; expected 'scheme: NAME', the scheme's name as"
                    + " this year's guidance gives it (for example Maternity Incentive Scheme), which every report prints");
        }
        return new SchemeYear(year, schemeName, thresholds.path("title").asText(), thresholds.path("guidance").asText(),
                thresholds.path("guidanceVersion").isMissingNode() || thresholds.path("guidanceVersion").isNull() ? null
                        : thresholds.path("guidanceVersion").asText(),
                parameters, actions, ruleFiles, challengeFiles(dir, year), quoted, bodies, formApprovers(dir, catalogue.path("declaration"), bodies), sources);
    }

    /** The values the checker relies on must be named, with their types, however unknown they are. */
    private static void requireNamesTheCheckerUses(Path dir, Map<String, Parameter> parameters) {
        for (Map.Entry<String, String> required : SchemeYear.REQUIRED_PARAMETERS.entrySet()) {
            Parameter p = parameters.get(required.getKey());
            if (p == null) {
                throw new SchemeException(dir.resolve("thresholds.yaml") + ": " + required.getKey() + " is missing; every pack needs it"
                        + " (the declaration deadline and the reporting period date the evidence), expected a " + required.getValue()
                        + " parameter (confidence GAP with no value if the guidance does not give it)");
            }
            if (!p.type().equals(required.getValue())) {
                throw new SchemeException(dir.resolve("thresholds.yaml") + ": " + required.getKey() + " is a " + p.type()
                        + "; expected a " + required.getValue());
            }
        }
    }

    /** The file on disk for a pack read from a folder; the pack path for one inside the jar. */
    private static String sourceOf(Path file, String name) {
        return file.getFileSystem() == java.nio.file.FileSystems.getDefault() ? file.toString() : name;
    }

    /** The board's challenge questions: rules/y&lt;N&gt;/challenges/*.drl, a second rule stage; optional. */
    private static List<RuleFile> challengeFiles(Path dir, int year) throws IOException {
        Path challenges = dir.resolve("challenges");
        List<RuleFile> files = new ArrayList<>();
        if (!Files.isDirectory(challenges)) {
            return files;
        }
        try (Stream<Path> list = Files.list(challenges)) {
            for (Path f : list.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                String name = "rules/y" + year + "/challenges/" + f.getFileName().toString().replace("/", "");
                files.add(new RuleFile(name, Files.readString(f, StandardCharsets.UTF_8), sourceOf(f, name)));
            }
        }
        return files;
    }

    /**
     * Reads a pack file into a tree with the streaming parser: an ObjectMapper would cost about
     * 200 ms of class loading on every start, a third of a one-file check.
     */
    private static JsonNode readYaml(YAMLFactory yaml, Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new SchemeException("rule pack file " + file + " is missing");
        }
        try (JsonParser parser = yaml.createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            return parser.nextToken() == null ? JsonNodeFactory.instance.objectNode() : tree(parser);
        } catch (IOException e) {
            throw new SchemeException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, tree(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(parser));
                }
                return array;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(new BigDecimal(parser.getText()));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.currentToken() == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                return nodes.textNode(parser.getText());
            }
        }
    }

    private static Map<String, Parameter> readParameters(Path dir, JsonNode node) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            for (String field : List.of("type", "confidence", "source")) {
                if (p.path(field).isMissingNode() || p.path(field).asText().isBlank()) {
                    throw new SchemeException(dir.resolve("thresholds.yaml") + ": parameter " + e.getKey()
                            + " has no " + field);
                }
            }
            Confidence confidence;
            try {
                confidence = Confidence.parse(p.path("confidence").asText());
            } catch (IllegalArgumentException ex) {
                throw new SchemeException(dir.resolve("thresholds.yaml") + ": parameter " + e.getKey()
                        + " has confidence '" + p.path("confidence").asText() + "'; expected S, R-H, R-M, R-L, I or GAP");
            }
            boolean hasValue = !p.path("value").isMissingNode() && !p.path("value").isNull() && !p.path("value").asText().isBlank();
            if (confidence == Confidence.GAP && hasValue) {
                throw new SchemeException(dir.resolve("thresholds.yaml") + ": parameter " + e.getKey() + " is GAP but has the value '"
                        + p.path("value").asText() + "'; expected no value for a GAP (a known value takes the confidence of its source)");
            }
            if (confidence != Confidence.GAP && !hasValue) {
                throw new SchemeException(dir.resolve("thresholds.yaml") + ": parameter " + e.getKey()
                        + " has no value; expected a value, or confidence GAP when the guidance does not give it");
            }
            try {
                parameters.put(e.getKey(), new Parameter(e.getKey(), p.path("type").asText(), hasValue ? p.path("value").asText() : null,
                        confidence, p.path("source").asText()));
            } catch (RuntimeException ex) {
                throw new SchemeException(dir.resolve("thresholds.yaml") + ": parameter " + e.getKey() + " has value '"
                        + p.path("value").asText() + "', which is not a " + p.path("type").asText() + " (" + ex.getMessage() + ")");
            }
        }
        return parameters;
    }

    /**
     * The bodies the approver lists name: each with the words messages use, at least one name, and
     * optionally the reading under which a delegated committee counts as it. Two bodies sharing a
     * name would make a document's approver ambiguous, so that is refused.
     */
    private static Map<String, Body> readBodies(Path dir, JsonNode node, Map<String, Parameter> parameters) {
        Map<String, Body> bodies = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> b = it.next();
            String where = dir.resolve("evidence.yaml") + ": bodies." + b.getKey();
            String wording = b.getValue().path("wording").asText("");
            if (wording.isBlank()) {
                throw new SchemeException(where + " has no wording; expected the words messages name it by");
            }
            List<String> names = new ArrayList<>();
            b.getValue().path("names").forEach(n -> names.add(n.asText()));
            if (names.isEmpty() || names.stream().anyMatch(n -> Body.normalise(n).isEmpty())) {
                throw new SchemeException(where + ".names is empty or holds a blank name; expected the names an approvedBy can give it");
            }
            for (String n : Body.normalised(names)) {
                String other = owner.putIfAbsent(n, b.getKey());
                if (other != null) {
                    throw new SchemeException(where + ".names has '" + n + "', a name of " + other
                            + " too; expected each name to identify one body");
                }
            }
            String delegation = null;
            JsonNode d = b.getValue().path("delegation");
            if (!d.isMissingNode() && !d.isNull()) {
                Parameter p = parameters.get(d.asText());
                if (p == null || !p.type().equals("reading")) {
                    throw new SchemeException(where + ".delegation names '" + d.asText()
                            + "'; expected a reading parameter of thresholds.yaml");
                }
                delegation = p.key();
            }
            bodies.put(b.getKey(), new Body(b.getKey(), wording, names, delegation));
        }
        return bodies;
    }

    /**
     * The bodies that must approve the documents the declaration form names (evidence.yaml
     * {@code declaration: {boardApproval: {approver: [board]}}}), keyed "declaration.boardApproval".
     */
    private static Map<String, List<String>> formApprovers(Path dir, JsonNode node, Map<String, Body> bodies) {
        Map<String, List<String>> approvers = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return approvers;
        }
        var fields = node.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (!List.of("boardApproval", "commissionerDiscussion").contains(f.getKey())) {
                throw new SchemeException(dir.resolve("evidence.yaml") + ": declaration." + f.getKey()
                        + " is not a document the declaration form names; expected boardApproval or commissionerDiscussion");
            }
            approvers.put("declaration." + f.getKey(), approvers(dir, "declaration." + f.getKey(), EvidenceKind.DOCUMENT,
                    f.getValue().path("approver"), bodies));
        }
        return approvers;
    }

    /** An approver list names body ids; a name the catalogue does not define would silently accept nothing. */
    private static List<String> approvers(Path dir, String key, EvidenceKind kind, JsonNode node, Map<String, Body> bodies) {
        List<String> ids = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return ids;
        }
        if (node.isTextual()) {
            ids.add(node.asText());
        } else {
            node.forEach(g -> ids.add(g.asText()));
        }
        String where = dir.resolve("evidence.yaml") + ": " + key + ".approver";
        if (kind != EvidenceKind.DOCUMENTS && kind != EvidenceKind.DOCUMENT && kind != EvidenceKind.DECLARATION) {
            throw new SchemeException(where + " is set on a " + kind.yamlName()
                    + " key; expected it only on documents, document or declaration keys");
        }
        for (String id : ids) {
            if (!bodies.containsKey(id)) {
                throw new SchemeException(where + " names '" + id + "'; expected the id of a body defined under bodies ("
                        + String.join(", ", bodies.keySet()) + ")");
            }
        }
        return ids;
    }

    /** The external data NHS Resolution verifies figures against, each with the name reports give it. */
    private static Map<String, ExternalSource> externalSources(Path dir, JsonNode node) {
        Map<String, ExternalSource> sources = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = dir.resolve("evidence.yaml") + ": externalSources." + e.getKey();
            if (!e.getKey().matches("[a-z][a-zA-Z0-9]*")) {
                throw new SchemeException(where + " is not a plain id; expected letters and digits, starting with a lower-case letter");
            }
            String name = e.getValue().path("name").asText("");
            String guidance = e.getValue().path("guidance").asText("");
            if (name.isBlank() || guidance.isBlank()) {
                throw new SchemeException(where + " needs name and guidance; expected how reports name the source and where the notes"
                        + " say NHS Resolution checks against it");
            }
            sources.put(e.getKey(), new ExternalSource(e.getKey(), name, guidance));
        }
        return sources;
    }

    /** A figure's verifiedBy names a source the pack defines; no other kind has one. */
    private static String verifiedBy(Path dir, String key, EvidenceKind kind, JsonNode node, Map<String, ExternalSource> sources) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String where = dir.resolve("evidence.yaml") + ": " + key + ".verifiedBy";
        if (kind != EvidenceKind.FIGURE && kind != EvidenceKind.GROUP_FIGURES) {
            throw new SchemeException(where + " is set on a " + kind.yamlName() + " key; expected it only on figure and groupFigures keys");
        }
        if (!sources.containsKey(node.asText())) {
            throw new SchemeException(where + " names '" + node.asText() + "'; expected the id of a source under externalSources ("
                    + String.join(", ", sources.keySet()) + ")");
        }
        return node.asText();
    }

    private static List<ActionInfo> readActions(Path dir, JsonNode node, Map<String, Parameter> parameters, java.util.Set<String> quoted,
                                                Map<String, Body> bodies, Map<String, ExternalSource> sources) {
        List<ActionInfo> actions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> a = it.next();
            Map<String, EvidenceKey> keys = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> ks = a.getValue().path("evidence").fields(); ks.hasNext(); ) {
                Map.Entry<String, JsonNode> k = ks.next();
                JsonNode spec = k.getValue();
                List<String> groups = new ArrayList<>();
                spec.path("groups").forEach(g -> groups.add(g.asText()));
                EvidenceKind kind;
                try {
                    kind = EvidenceKind.parse(spec.path("kind").asText());
                } catch (IllegalArgumentException e) {
                    throw new SchemeException(dir.resolve("evidence.yaml") + ": " + a.getKey() + "." + k.getKey()
                            + ": " + e.getMessage());
                }
                String notBefore = notBefore(dir, a.getKey() + "." + k.getKey(), kind, spec.path("notBefore"), parameters);
                List<String> approvers = approvers(dir, a.getKey() + "." + k.getKey(), kind, spec.path("approver"), bodies);
                String sourceFrom = sourceFrom(dir, a.getKey() + "." + k.getKey(), kind, spec.path("sourceFrom"), parameters);
                keys.put(k.getKey(), new EvidenceKey(a.getKey(), k.getKey(), kind,
                        substitute(dir, spec.path("measure").asText(), parameters, quoted),
                        spec.path("unit").asText(null), groups, spec.path("nonZero").asBoolean(false), notBefore, approvers, sourceFrom,
                        max(dir, a.getKey() + "." + k.getKey(), kind, spec.path("max")),
                        usualAnswer(dir, a.getKey() + "." + k.getKey(), kind, spec.path("usualAnswer")),
                        verifiedBy(dir, a.getKey() + "." + k.getKey(), kind, spec.path("verifiedBy"), sources)));
            }
            actions.add(new ActionInfo(a.getKey(), a.getValue().path("title").asText(), keys,
                    unknownStandards(dir, a.getKey(), a.getValue().path("unknownStandards"))));
        }
        actions.sort(java.util.Comparator.comparingInt(ActionInfo::number));
        return actions;
    }

    /** Standards of an action the pack declares unknown for the year: each needs an id under the action, a title and a source. */
    private static List<UnknownStandard> unknownStandards(Path dir, String action, JsonNode node) {
        List<UnknownStandard> unknown = new ArrayList<>();
        for (JsonNode u : node) {
            String id = u.path("id").asText("");
            for (String field : List.of("id", "title", "intent", "source")) {
                if (u.path(field).asText("").isBlank()) {
                    throw new SchemeException(dir.resolve("evidence.yaml") + ": " + action + ".unknownStandards " + id + " has no " + field
                            + "; expected id, title, intent and source (what the notes say is unknown)");
                }
            }
            if (!id.startsWith(action + ".")) {
                throw new SchemeException(dir.resolve("evidence.yaml") + ": " + action + ".unknownStandards " + id
                        + " is not a standard of " + action + "; expected an id starting " + action + ".");
            }
            unknown.add(new UnknownStandard(id, action, u.path("title").asText(), u.path("intent").asText(), u.path("source").asText()));
        }
        return unknown;
    }

    /**
     * Every number and count key names the largest plausible value (max), so a typing or paste error
     * (1e400 WTE) is refused rather than judged; no other kind takes one (a typo would check nothing).
     */
    private static java.math.BigDecimal max(Path dir, String key, EvidenceKind kind, JsonNode node) {
        String where = dir.resolve("evidence.yaml") + ": " + key + ".max";
        boolean numeric = kind == EvidenceKind.NUMBER || kind == EvidenceKind.COUNT;
        if (node.isMissingNode() || node.isNull()) {
            if (numeric) {
                throw new SchemeException(where + " is missing; expected the largest value a trust could plausibly write for a "
                        + kind.yamlName() + " key");
            }
            return null;
        }
        if (!numeric) {
            throw new SchemeException(where + " is set on a " + kind.yamlName() + " key; expected it only on number and count keys");
        }
        if (!node.isNumber() || node.decimalValue().signum() <= 0) {
            throw new SchemeException(where + " is '" + node.asText() + "'; expected a number above 0");
        }
        return node.decimalValue();
    }

    /**
     * A notBefore must name a date parameter and sit on a document or figure key (where it dates the
     * figure's source document); a typo here would silently check nothing.
     */
    private static String notBefore(Path dir, String key, EvidenceKind kind, JsonNode node, Map<String, Parameter> parameters) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String where = dir.resolve("evidence.yaml") + ": " + key + ".notBefore";
        if (kind != EvidenceKind.DOCUMENTS && kind != EvidenceKind.DOCUMENT && kind != EvidenceKind.FIGURE
                && kind != EvidenceKind.GROUP_FIGURES) {
            throw new SchemeException(where + " is set on a " + kind.yamlName()
                    + " key; expected it only on documents, document, figure or groupFigures keys");
        }
        Parameter p = parameters.get(node.asText());
        if (p == null || !p.type().equals("date")) {
            throw new SchemeException(where + " names '" + node.asText() + "'; expected a date parameter of thresholds.yaml");
        }
        return p.key();
    }

    /** A usualAnswer sits on a declaration and is yes or no. */
    private static Boolean usualAnswer(Path dir, String key, EvidenceKind kind, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String where = dir.resolve("evidence.yaml") + ": " + key + ".usualAnswer";
        if (kind != EvidenceKind.DECLARATION) {
            throw new SchemeException(where + " is set on a " + kind.yamlName() + " key; expected it only on declaration keys");
        }
        String v = node.asText().trim().toLowerCase(java.util.Locale.ROOT);
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (v.equals("yes") || v.equals("no")) {
            return v.equals("yes");
        }
        throw new SchemeException(where + " is '" + node.asText() + "'; expected yes or no");
    }

    /** A sourceFrom must name a date parameter and sit on a figure key: the rules judge its source's date against it. */
    private static String sourceFrom(Path dir, String key, EvidenceKind kind, JsonNode node, Map<String, Parameter> parameters) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String where = dir.resolve("evidence.yaml") + ": " + key + ".sourceFrom";
        if (kind != EvidenceKind.FIGURE) {
            throw new SchemeException(where + " is set on a " + kind.yamlName() + " key; expected it only on figure keys");
        }
        Parameter p = parameters.get(node.asText());
        if (p == null || !p.type().equals("date")) {
            throw new SchemeException(where + " names '" + node.asText() + "'; expected a date parameter of thresholds.yaml");
        }
        return p.key();
    }

    private static String substitute(Path dir, String text, Map<String, Parameter> parameters, java.util.Set<String> quoted) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Parameter p = parameters.get(m.group(1));
            if (p == null) {
                throw new SchemeException(dir.resolve("evidence.yaml") + ": '" + text + "' names parameter "
                        + m.group(1) + ", which thresholds.yaml does not define");
            }
            quoted.add(p.key());
            m.appendReplacement(out, Matcher.quoteReplacement(p.known() ? p.value() : "(not known)"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
