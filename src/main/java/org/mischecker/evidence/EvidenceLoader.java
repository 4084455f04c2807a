package org.mischecker.evidence;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mischecker.evidence.YamlTree.Entry;
import org.mischecker.evidence.YamlTree.ListNode;
import org.mischecker.evidence.YamlTree.MapNode;
import org.mischecker.evidence.YamlTree.Node;
import org.mischecker.evidence.YamlTree.ScalarNode;
import org.mischecker.scheme.ActionInfo;
import org.mischecker.scheme.Bounds;
import org.mischecker.scheme.EvidenceKey;
import org.mischecker.scheme.Parameter;
import org.mischecker.scheme.SchemePacks;
import org.mischecker.scheme.SchemeYear;

/**
 * Reads a trust's evidence file into validated, immutable facts. Knows the scheme year's evidence
 * catalogue (data) but nothing of the rules. Every problem is collected with its file, line and
 * column; a file with any problem is not evaluated.
 */
public final class EvidenceLoader {

    /** Real evidence files are a few kilobytes; this refuses anything absurd before parsing it. */
    public static final long DEFAULT_MAX_BYTES = 1_000_000;

    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,5}");
    private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /**
     * Numbers written in digits. YAML 1.1 also reads 0x1F, 0b101, 1_000, 1:30, .inf and .nan as
     * numbers, which Java's parsers reject (BigDecimal threw on them) and no trust means as a count;
     * the exponent is bounded so a value like 1e999999999 cannot make arithmetic on it costly.
     */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
    private static final Pattern PLAIN_WHOLE = Pattern.compile("[-+]?\\d+");
    /** Plausibility bounds of the values every file may hold (see {@link Bounds}); numbers under an action have theirs in the catalogue. */
    private static final BigDecimal MAX_FIGURE_COUNT = BigDecimal.valueOf(Bounds.MAX_FIGURE_COUNT);
    private static final BigDecimal MAX_REQUESTED_SUM = Bounds.MAX_REQUESTED_SUM;
    private static final List<String> TOP_LEVEL = List.of("schemeYear", "guidanceVersion", "trust", "boardDeclaration", "documents",
            "boardCommittees", "actionPlans", "declaration", "maternityContribution");

    private final SchemePacks packs;
    private final long maxBytes;

    public EvidenceLoader(SchemePacks packs) {
        this(packs, DEFAULT_MAX_BYTES);
    }

    public EvidenceLoader(SchemePacks packs, long maxBytes) {
        this.packs = packs;
        this.maxBytes = maxBytes;
    }

    /** The largest evidence file this loader reads. */
    public long maxBytes() {
        return maxBytes;
    }

    public Evidence load(Path path) throws EvidenceException {
        String file = org.mischecker.report.Printable.visible(path.toString());
        return parse(file, text(file, bytes(file, path)));
    }

    /** Evidence and the SHA-256 of the file's bytes, the version a board report names. */
    public record Versioned(Evidence evidence, String sha256) {
    }

    /** Loads a file as {@link #load} does, and names its version: the SHA-256 of the very bytes parsed. */
    public Versioned loadVersioned(Path path) throws EvidenceException {
        String file = org.mischecker.report.Printable.visible(path.toString());
        byte[] bytes = bytes(file, path);
        Evidence evidence = parse(file, text(file, bytes));
        try {
            return new Versioned(evidence, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String text(String file, byte[] bytes) throws EvidenceException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw fail(Location.unknown(file), "is not UTF-8 text; expected a YAML evidence file saved as UTF-8");
        }
    }

    private byte[] bytes(String file, Path path) throws EvidenceException {
        try {
            if (!Files.isRegularFile(path)) {
                throw fail(Location.unknown(file), Files.exists(path) ? "is not a regular file; expected a YAML evidence file"
                        : "file not found; expected a YAML evidence file");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                throw fail(Location.unknown(file), "file is " + size + " bytes, above the limit of " + maxBytes
                        + " bytes; expected an evidence file of a few kilobytes (raise the limit with --max-file-size)");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw fail(Location.unknown(file), "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The first tab in a line's indentation, or null. Checked before parsing because the parser's own
     * message for it is obscure; a tab inside a quoted title is text and is left to the parser.
     */
    private static Location indentingTab(String file, String text) {
        int line = 1;
        boolean indent = true;
        int lineStart = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                indent = true;
                lineStart = i + 1;
            } else if (indent && c == '\t') {
                return new Location(file, line, i - lineStart + 1);
            } else if (c != ' ') {
                indent = false;
            }
        }
        return null;
    }

    /** Parses evidence already in memory; {@code file} names it in messages. */
    public Evidence parse(String file, String text) throws EvidenceException {
        if (text.length() > maxBytes) {
            throw fail(Location.unknown(file), "evidence is " + text.length() + " characters, above the limit of "
                    + maxBytes + "; expected an evidence file of a few kilobytes");
        }
        // Characters a report must never print, and those that only look like a space, are refused
        // before parsing: the parser would give them no clear message, or none at all.
        List<Problem> problems = new ArrayList<>(PlainText.scan(file, text));
        Location tab = indentingTab(file, text);
        if (tab != null) {
            problems.add(new Problem(tab, "tab character; expected spaces for indentation (YAML does not allow tabs)"));
        }
        if (!problems.isEmpty()) {
            throw sorted(problems);
        }
        Node root = YamlTree.parse(file, text, problems);
        if (root == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem(Location.unknown(file), "file is empty; expected evidence starting with schemeYear, trust and the safety actions (see `mis init`)"));
            }
            throw new EvidenceException(problems);
        }
        // The same characters written as escapes in double quotes ("\e", "\u202e"), and line breaks
        // in values shown on one line; the file is not read further, so no message echoes them.
        List<Problem> unplain = PlainText.check(file, text, root);
        if (!unplain.isEmpty()) {
            problems.addAll(unplain);
            throw sorted(problems);
        }
        // 4,210 inside {...} reads as 4 and a key '210': say so at the number rather than name the key.
        List<Problem> split = Pasted.splitNumbers(file, text, root, problems);
        if (!split.isEmpty()) {
            problems.addAll(split);
            throw sorted(problems);
        }
        Evidence evidence = new Reader(file, problems).read(root);
        if (!problems.isEmpty() || evidence == null) {
            throw sorted(problems);
        }
        return evidence;
    }

    private static EvidenceException sorted(List<Problem> problems) {
        // By line and column; a problem of the whole file (line 0) sums up the others, so it comes last.
        problems.sort(java.util.Comparator.comparingInt((Problem p) -> p.at().line() == 0 ? Integer.MAX_VALUE : p.at().line())
                .thenComparingInt(p -> p.at().column()));
        return new EvidenceException(problems);
    }

    private static EvidenceException fail(Location at, String message) {
        return new EvidenceException(List.of(new Problem(at, message)));
    }

    /** One pass over one file; collects problems rather than stopping at the first. */
    private final class Reader {
        private final String file;
        private final List<Problem> problems;
        private final Map<String, Document> documents = new LinkedHashMap<>();
        private final List<Object> facts = new ArrayList<>();
        private SchemeYear scheme;

        Reader(String file, List<Problem> problems) {
            this.file = file;
            this.problems = problems;
        }

        Evidence read(Node root) {
            if (!(root instanceof MapNode map)) {
                problem(root.at(), "the file is " + root.kindName() + "; expected a map with schemeYear, trust and SA1 to SA10");
                return null;
            }
            scheme = schemeYear(map);
            if (scheme == null) {
                return null;
            }
            List<String> allowed = new ArrayList<>(TOP_LEVEL);
            scheme.actions().forEach(a -> allowed.add(a.id()));
            for (Entry e : map.entries().values()) {
                if (!allowed.contains(e.key())) {
                    problem(e.keyAt(), "unknown key '" + e.key() + "'" + Suggestions.didYouMean(e.key(), allowed)
                            + "; expected one of " + String.join(", ", allowed));
                }
            }
            guidanceVersion(map.entries().get("guidanceVersion"));
            String[] trust = trust(map);
            Entry docs = map.entries().get("documents");
            if (docs != null) {
                documents(docs.value());
            }
            boardCommittees(map.entries().get("boardCommittees"));
            declarationForm(map.entries().get("declaration"));
            maternityContribution(map.entries().get("maternityContribution"));
            Map<String, DeclaredStatus> declared = boardDeclaration(map.entries().get("boardDeclaration"));
            for (ActionInfo action : scheme.actions()) {
                action.evidence().values().stream()
                        .filter(k -> !k.groups().isEmpty())
                        .forEach(k -> k.groups().forEach(g -> facts.add(new StaffGroup(k.factKey(), g))));
                Entry section = map.entries().get(action.id());
                if (section != null) {
                    action(action, section.value());
                }
            }
            actionPlans(map.entries().get("actionPlans"));
            if (trust == null) {
                return null;
            }
            return new Evidence(file, scheme.year(), trust[0], trust[1], declared,
                    List.copyOf(documents.values()), facts);
        }

        /** The pack's reading of 0 of 0 (zeroCases.countAsMet): present and known, none fell short; otherwise not met. */
        private boolean noCasesMet() {
            return scheme.parameter(SchemeYear.ZERO_CASES).map(org.mischecker.scheme.Parameter::known).orElse(false);
        }

        private SchemeYear schemeYear(MapNode map) {
            Entry e = map.entries().get("schemeYear");
            String years = packs.years().keySet().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
            if (e == null) {
                problem(map.at(), "schemeYear is missing; expected schemeYear: " + years + " at the top of the file");
                return null;
            }
            if (!(e.value() instanceof ScalarNode s) || s.token() != JsonToken.VALUE_NUMBER_INT) {
                problem(e.value().at(), "schemeYear is " + e.value().kindName() + "; expected a whole number (" + years + ")");
                return null;
            }
            int year;
            try {
                year = Integer.parseInt(s.text());
            } catch (NumberFormatException ex) {
                year = -1;
            }
            if (!packs.years().containsKey(year)) {
                int newest = packs.years().keySet().stream().mapToInt(Integer::intValue).max().orElse(4);
                problem(s.at(), "schemeYear " + s.text() + " has no rule pack; expected one of " + years
                        + (year > 0 && year < 100 ? " (a pack for year " + year + " can be written: mis pack new --year " + year
                        + " --from " + newest + ")" : ""));
                return null;
            }
            return packs.year(year);
        }

        /**
         * The version of the guidance the file answers, when it names one, must be the one the pack
         * encodes: year 4's guidance had versions with different deadlines, and a file written for
         * one must not be judged by another's rules without saying so.
         */
        private void guidanceVersion(Entry e) {
            if (e == null) {
                return;
            }
            String named = e.value() instanceof ScalarNode s && s.text() != null ? s.text().trim() : null;
            if (named == null || named.isEmpty()) {
                problem(e.value().at(), "guidanceVersion is " + e.value().kindName() + "; expected the version of the guidance the file"
                        + " answers, as YYYY-MM" + (scheme.guidanceVersion() == null ? "" : ", for example " + scheme.guidanceVersion()));
            } else if (scheme.guidanceVersion() == null) {
                problem(e.value().at(), "guidanceVersion " + named + " cannot be checked: the scheme year " + scheme.year()
                        + " rule pack names no guidance version; expected no guidanceVersion, or a pack that names the version it encodes");
            } else if (!named.equals(scheme.guidanceVersion())) {
                problem(e.value().at(), "guidanceVersion " + named + " is not the version the scheme year " + scheme.year()
                        + " rule pack encodes (" + scheme.guidanceVersion() + ": " + scheme.guidance() + "); expected "
                        + scheme.guidanceVersion() + ", or a pack for the version the file answers");
            }
        }

        private String[] trust(MapNode map) {
            Entry e = map.entries().get("trust");
            if (e == null) {
                problem(map.at(), "trust is missing; expected trust: with name and odsCode");
                return null;
            }
            MapNode t = asMap(e.value(), "trust", "a map with name and odsCode");
            if (t == null) {
                return null;
            }
            unknownKeys(t, List.of("name", "odsCode"));
            String name = requiredText(t, "name", "trust.name", "the trust's name");
            String ods = requiredText(t, "odsCode", "trust.odsCode", "the trust's ODS code, for example RXX");
            if (ods != null && !ODS_CODE.matcher(ods).matches()) {
                problem(t.entries().get("odsCode").value().at(), "trust.odsCode '" + ods
                        + "' is not an ODS code; expected 3 to 5 capital letters or digits, for example RXX");
            }
            return name == null || ods == null ? null : new String[] {name, ods};
        }

        private void documents(Node node) {
            if (!(node instanceof ListNode list)) {
                problem(node.at(), "documents is " + node.kindName() + "; expected a list of documents, each with id, title, date and approvedBy");
                return;
            }
            // A pack that does not know its deadline (GAP) cannot refuse documents dated after it.
            LocalDate deadline = scheme.parameter("declaration.deadline").filter(Parameter::known)
                    .map(p -> p.dateTime().toLocalDate()).orElse(null);
            for (Node item : list.items()) {
                MapNode d = asMap(item, "a document", "a map with id, title, date, approvedBy and keptAt");
                if (d == null) {
                    continue;
                }
                unknownKeys(d, List.of("id", "title", "date", "approvedBy", "keptAt", "note"));
                String id = requiredText(d, "id", "document id", "a short id such as " + scheme.exampleDocumentId(0));
                String title = requiredText(d, "title", "document title", "what the document is");
                LocalDate date = date(d, "date");
                String approvedBy = requiredText(d, "approvedBy", "document approvedBy", "who approved it, for example Trust Board");
                String keptAt = optionalText(d, "keptAt");
                if (id == null) {
                    continue;
                }
                if (!DOCUMENT_ID.matcher(id).matches()) {
                    problem(d.entries().get("id").value().at(), "document id '" + id
                            + "' has spaces or symbols; expected letters, digits, dots, dashes or underscores");
                }
                if (date != null && deadline != null && date.isAfter(deadline)) {
                    problem(d.entries().get("date").value().at(), "document " + id + " is dated " + date
                            + ", after the declaration deadline " + deadline + "; expected a date on or before " + deadline);
                }
                Document previous = documents.get(id);
                if (previous != null) {
                    problem(d.entries().get("id").value().at(), "document id '" + id + "' is listed twice (first at line "
                            + previous.at().line() + "); expected each document once");
                    continue;
                }
                documents.put(id, new Document(id, title, date, approvedBy, keptAt, d.at()));
            }
        }

        /**
         * boardCommittees: [{name: Quality committee, delegatedBy: document-id}]: the committees the
         * Board has delegated authority to, each with the Board's document that delegates it. The
         * document must be the Board's own (only the Board delegates its authority), and a committee
         * is listed once and is not the Board itself.
         */
        /**
         * declaration: {submitted: YYYY-MM-DDTHH:MM, ceo: {name, signed}, icbAccountableOfficer: {name, signed},
         * boardApproval: document-id, commissionerDiscussion: document-id}; every part optional.
         */
        private void declarationForm(Entry e) {
            if (e == null || e.value() instanceof ScalarNode n && n.isNull()) {
                return;
            }
            String form = "{submitted: YYYY-MM-DDTHH:MM, ceo: {name: ..., signed: YYYY-MM-DD}, icbAccountableOfficer: {name: ..., signed:"
                    + " YYYY-MM-DD}, boardApproval: document-id, commissionerDiscussion: document-id}";
            MapNode m = asMap(e.value(), "declaration", form);
            if (m == null) {
                return;
            }
            unknownKeys(m, List.of("submitted", "ceo", "icbAccountableOfficer", "boardApproval", "commissionerDiscussion", "note"));
            int before = problems.size();
            java.time.LocalDateTime submitted = null;
            Entry s = m.entries().get("submitted");
            if (s != null && !(s.value() instanceof ScalarNode sn && sn.isNull())) {
                String text = s.value() instanceof ScalarNode sn ? sn.text() : null;
                submitted = text == null ? null : DateText.dateTime(text);
                if (submitted == null) {
                    problem(s.value().at(), "declaration.submitted is '" + (text == null ? s.value().kindName() : text)
                            + "'; expected the date and time the form was sent, YYYY-MM-DDTHH:MM (local time), for example "
                            + scheme.parameter("declaration.deadline").filter(Parameter::known).map(p -> p.dateTime().minusHours(2).toString())
                                    .orElse("2023-02-02T10:00"));
                }
            }
            DeclarationForm.Signature ceo = signature(m.entries().get("ceo"), "declaration.ceo", "the chief executive");
            DeclarationForm.Signature icb = signature(m.entries().get("icbAccountableOfficer"), "declaration.icbAccountableOfficer",
                    "the ICB's accountable officer");
            Document approval = null;
            Entry a = m.entries().get("boardApproval");
            if (a != null && !(a.value() instanceof ScalarNode an && an.isNull())) {
                approval = documentRef(a.value(), "declaration.boardApproval");
            }
            Document discussion = null;
            Entry d = m.entries().get("commissionerDiscussion");
            if (d != null && !(d.value() instanceof ScalarNode dn && dn.isNull())) {
                discussion = documentRef(d.value(), "declaration.commissionerDiscussion");
            }
            if (problems.size() == before) {
                facts.add(new DeclarationForm(submitted, ceo, icb, approval, discussion, m.at()));
            }
        }

        private DeclarationForm.Signature signature(Entry e, String label, String who) {
            if (e == null || e.value() instanceof ScalarNode n && n.isNull()) {
                return null;
            }
            MapNode m = asMap(e.value(), label, "{name: the name of " + who + ", signed: YYYY-MM-DD}");
            if (m == null) {
                return null;
            }
            unknownKeys(m, List.of("name", "signed", "note"));
            String name = optionalText(m, "name");
            LocalDate signed = null;
            Entry s = m.entries().get("signed");
            if (s != null && !(s.value() instanceof ScalarNode sn && sn.isNull())) {
                String text = s.value() instanceof ScalarNode sn ? sn.text() : null;
                signed = text == null ? null : DateText.day(text);
                if (signed == null) {
                    problem(s.value().at(), label + ".signed is '" + (text == null ? s.value().kindName() : text)
                            + "'; expected the day " + who + " signed, YYYY-MM-DD" + scheme.exampleDate());
                }
            }
            return new DeclarationForm.Signature(who, name == null || name.isBlank() ? null : name, signed, m.at());
        }

        /** maternityContribution: pounds, the maternity element of the trust's CNST contribution before the incentive uplift. */
        private void maternityContribution(Entry e) {
            if (e == null || e.value() instanceof ScalarNode n && n.isNull()) {
                return;
            }
            if (e.value() instanceof ScalarNode s && (s.token() == JsonToken.VALUE_NUMBER_INT || s.token() == JsonToken.VALUE_NUMBER_FLOAT)
                    && PLAIN_NUMBER.matcher(s.text()).matches() && new BigDecimal(s.text()).signum() > 0
                    && new BigDecimal(s.text()).compareTo(Bounds.MAX_MATERNITY_CONTRIBUTION) <= 0) {
                facts.add(new MaternityContribution(new BigDecimal(s.text()), s.at()));
                return;
            }
            problem(e.value().at(), "maternityContribution is '" + (e.value() instanceof ScalarNode s ? s.text() : e.value().kindName())
                    + "'; expected the maternity element of the trust's CNST contribution in pounds, before the 10% incentive uplift,"
                    + " written in digits, more than 0 and at most " + String.format(java.util.Locale.ROOT, "%,d", Bounds.MAX_MATERNITY_CONTRIBUTION.longValue())
                    + ", for example 2450000");
        }

        private void boardCommittees(Entry e) {
            if (e == null || e.value() instanceof ScalarNode n && n.isNull()) {
                return;
            }
            String form = "{name: committee name, delegatedBy: document-id}";
            if (!(e.value() instanceof ListNode list)) {
                problem(e.value().at(), "boardCommittees is " + e.value().kindName() + "; expected a list of committees with authority"
                        + " delegated by the Board, each " + form);
                return;
            }
            List<org.mischecker.scheme.Body> delegating = scheme.bodies().values().stream()
                    .filter(org.mischecker.scheme.Body::delegates).toList();
            Map<String, Location> seen = new LinkedHashMap<>();
            for (Node item : list.items()) {
                MapNode c = asMap(item, "a board committee", form);
                if (c == null) {
                    continue;
                }
                unknownKeys(c, List.of("name", "delegatedBy", "note"));
                String name = requiredText(c, "name", "boardCommittees name", "the committee's name as documents give it in approvedBy,"
                        + " for example Quality committee");
                Entry by = c.entries().get("delegatedBy");
                Document delegation = null;
                if (by == null) {
                    problem(c.at(), "boardCommittees delegatedBy is missing; expected the id of the Board's document that delegates"
                            + " authority to the committee (its terms of reference or the scheme of delegation)");
                } else {
                    delegation = documentRef(by.value(), "boardCommittees delegatedBy");
                }
                if (name == null) {
                    continue;
                }
                Location nameAt = c.entries().get("name").value().at();
                String normal = org.mischecker.scheme.Body.normalise(name);
                Location first = seen.putIfAbsent(normal, nameAt);
                if (first != null) {
                    problem(nameAt, "boardCommittees lists '" + name + "' twice (first at line " + first.line() + "); expected each committee once");
                    continue;
                }
                org.mischecker.scheme.Body itself = delegating.stream().filter(b -> b.isNamedBy(name)).findFirst().orElse(null);
                if (itself != null) {
                    problem(nameAt, "boardCommittees names '" + name + "', which is the Board itself; expected a committee of the Board");
                    continue;
                }
                if (delegation == null) {
                    continue;
                }
                Document d = delegation;
                if (!delegating.isEmpty() && delegating.stream().noneMatch(b -> b.isNamedBy(d.approvedBy()))) {
                    problem(by.value().at(), "boardCommittees delegatedBy names document " + d.id() + ", approved by " + d.approvedBy()
                            + "; expected a document approved by the Board (" + delegating.get(0).namesText()
                            + "), which alone delegates its authority");
                    continue;
                }
                facts.add(new BoardCommittee(name, d, c.at()));
            }
        }

        private Map<String, DeclaredStatus> boardDeclaration(Entry e) {
            Map<String, DeclaredStatus> declared = new LinkedHashMap<>();
            if (e == null) {
                return declared;
            }
            MapNode m = asMap(e.value(), "boardDeclaration", "a map from SA1..SA10 to met or not met");
            if (m == null) {
                return declared;
            }
            List<String> ids = scheme.actions().stream().map(ActionInfo::id).toList();
            if (m.entries().isEmpty()) {
                // An empty declaration would silently read as "no declaration", hiding a form left blank.
                problem(m.at(), "boardDeclaration is empty; expected each action the board declared, for example {SA1: met, SA2: not met},"
                        + " or no boardDeclaration at all");
            }
            for (Entry a : m.entries().values()) {
                if (!knownAction(a, "boardDeclaration", ids)) {
                    continue;
                }
                String v = a.value() instanceof ScalarNode s && s.text() != null ? s.text().trim().toLowerCase() : "";
                switch (v) {
                    case "met", "true", "yes" -> declared.put(a.key(), new DeclaredStatus(a.key(), true, a.value().at()));
                    case "not met", "not_met", "false", "no" -> declared.put(a.key(), new DeclaredStatus(a.key(), false, a.value().at()));
                    default -> problem(a.value().at(), "boardDeclaration." + a.key() + " is '" + (v.isEmpty() ? a.value().kindName() : v)
                            + "'; expected met or not met");
                }
            }
            return declared;
        }

        private void action(ActionInfo action, Node node) {
            MapNode m = asMap(node, action.id(), "a map of the evidence keys of " + action.id() + " (" + action.title() + ")");
            if (m == null) {
                return;
            }
            List<String> known = new ArrayList<>(action.evidence().keySet());
            for (Entry e : m.entries().values()) {
                EvidenceKey key = action.evidence().get(e.key());
                if (key == null) {
                    String elsewhere = scheme.actions().stream()
                            .filter(a -> a.evidence().containsKey(e.key())).map(ActionInfo::id).findFirst()
                            .map(a -> " (that key belongs under " + a + ")").orElse("");
                    // An action whose standards the year's pack cannot state (SA3 in year 5) takes no evidence at all.
                    problem(e.keyAt(), "unknown key '" + e.key() + "' in " + action.id() + elsewhere
                            + Suggestions.didYouMean(e.key(), known) + (known.isEmpty()
                            ? "; expected no evidence under " + action.id() + ": scheme year " + scheme.year()
                                    + "'s rule pack does not know its standards, so it takes none (leave " + action.id() + " out)"
                            : "; expected one of " + String.join(", ", known)));
                    continue;
                }
                if (e.value() instanceof ScalarNode s && s.isNull()) {
                    continue; // left blank (as `mis init` writes it): no evidence yet
                }
                String label = action.id() + "." + e.key();
                // A switch expression, so a kind added to EvidenceKind does not compile until it is read here.
                Runnable read = switch (key.kind()) {
                    case FIGURE -> () -> figure(key, null, e.value(), label);
                    case GROUP_FIGURES -> () -> groupFigures(key, e.value(), label);
                    case DOCUMENTS -> () -> documentList(key, e.value(), label);
                    case DOCUMENT -> () -> document(key, action, e.value(), label);
                    case DECLARATION -> () -> declaration(key, e.value(), label);
                    case NUMBER, COUNT -> () -> amount(key, e.value(), label);
                    case MONTH -> () -> month(key, e.value(), label);
                };
                read.run();
            }
        }

        private void figure(EvidenceKey key, String group, Node node, String label) {
            MapNode m = asMap(node, label, "{numerator: N, denominator: D, source: document-id}");
            if (m == null) {
                return;
            }
            unknownKeys(m, List.of("numerator", "denominator", "source", "note"));
            Long numerator = count(m, "numerator", label);
            Long denominator = count(m, "denominator", label);
            String source = null;
            Entry s = m.entries().get("source");
            if (s != null) {
                Document d = documentRef(s.value(), label + ".source");
                if (d != null && !datedInPeriod(key, d, s.value().at(), label + ".source")) {
                    return;
                }
                source = d == null ? null : d.id();
            }
            if (numerator == null || denominator == null) {
                return;
            }
            if (key.nonZero() && denominator == 0) {
                problem(m.entries().get("denominator").value().at(), label + " denominator is 0; expected at least 1 ("
                        + key.unit() + " cannot be none for a trust that provides maternity care)");
                return;
            }
            if (numerator > denominator) {
                problem(m.entries().get("numerator").value().at(), label + " numerator " + numerator
                        + " is above its denominator " + denominator + "; expected numerator <= denominator");
                return;
            }
            facts.add(new Figure(key.factKey(), key.action(), group, numerator, denominator, source,
                    source == null ? null : documents.get(source).date(), key.measure(), key.unit(), m.at(), noCasesMet()));
        }

        private void groupFigures(EvidenceKey key, Node node, String label) {
            MapNode m = asMap(node, label, "a map from staff group (" + String.join(", ", key.groups()) + ") to {numerator, denominator}");
            if (m == null) {
                return;
            }
            for (Entry e : m.entries().values()) {
                if (!key.groups().contains(e.key())) {
                    problem(e.keyAt(), "unknown staff group '" + e.key() + "' in " + label
                            + Suggestions.didYouMean(e.key(), key.groups()) + "; expected one of " + String.join(", ", key.groups()));
                    continue;
                }
                if (e.value() instanceof ScalarNode s && s.isNull()) {
                    continue;
                }
                figure(key, e.key(), e.value(), label + "." + e.key());
            }
        }

        private void document(EvidenceKey key, ActionInfo action, Node node, String label) {
            Document d = documentRef(node, label);
            if (d != null && datedInPeriod(key, d, node.at(), label)) {
                facts.add(new DocumentRef(key.factKey(), action.id(), d, key.measure(), node.at()));
            }
        }

        private void documentList(EvidenceKey key, Node node, String label) {
            if (!(node instanceof ListNode list)) {
                problem(node.at(), label + " is " + node.kindName() + "; expected a list of document ids, for example ["
                        + scheme.exampleDocumentId(3) + ", " + scheme.exampleDocumentId(0) + "]");
                return;
            }
            Set<String> seen = new HashSet<>();
            for (Node item : list.items()) {
                Document d = documentRef(item, label);
                if (d == null) {
                    continue;
                }
                if (!seen.add(d.id())) {
                    problem(item.at(), label + " lists document " + d.id() + " twice; expected each document once");
                    continue;
                }
                if (!datedInPeriod(key, d, item.at(), label)) {
                    continue;
                }
                facts.add(new DocumentRef(key.factKey(), key.action(), d, key.measure(), item.at()));
            }
        }

        /**
         * A document dated before the period its standard covers cannot be evidence for it, nor the
         * source of a figure about that period; listing it is a mistake in the file (wrong id, or last
         * year's paper), so it is refused where it is listed rather than quietly counted as a missing
         * report or a figure from a stale report counted as current.
         */
        private boolean datedInPeriod(EvidenceKey key, Document d, Location at, String label) {
            if (key.notBefore() == null || d.date() == null) {
                return true;
            }
            Parameter start = scheme.parameter(key.notBefore()).orElseThrow();
            if (!start.known()) {
                return true; // the period's start is not known for this year: nothing to refuse a document against
            }
            if (!d.date().isBefore(start.date())) {
                return true;
            }
            problem(at, "document " + d.id() + " (dated " + d.date() + ") is listed under " + label
                    + " but is dated before the period that starts " + start.display()
                    + "; expected a document dated on or after " + start.date());
            return false;
        }

        private Document documentRef(Node node, String label) {
            if (!(node instanceof ScalarNode s) || s.isNull() || s.token() != JsonToken.VALUE_STRING) {
                problem(node.at(), label + " is " + node.kindName() + "; expected the id of a document from the documents list");
                return null;
            }
            Document d = documents.get(s.text());
            if (d == null) {
                problem(s.at(), label + " names document '" + s.text() + "', which is not in the documents list"
                        + Suggestions.didYouMean(s.text(), documents.keySet()) + "; expected an id listed under documents");
            }
            return d;
        }

        private void declaration(EvidenceKey key, Node node, String label) {
            MapNode m = asMap(node, label, "{answer: yes or no, evidence: document-id}");
            if (m == null) {
                return;
            }
            unknownKeys(m, List.of("answer", "evidence", "note"));
            Entry a = m.entries().get("answer");
            if (a == null) {
                problem(m.at(), label + ".answer is missing; expected answer: yes or answer: no");
                return;
            }
            Boolean answer = yesNo(a.value());
            if (answer == null) {
                problem(a.value().at(), label + ".answer is '" + (a.value() instanceof ScalarNode s ? s.text() : a.value().kindName())
                        + "'; expected yes or no");
                return;
            }
            Document support = null;
            Entry ev = m.entries().get("evidence");
            if (ev != null) {
                support = documentRef(ev.value(), label + ".evidence");
                if (support == null) {
                    return;
                }
            }
            facts.add(new Declaration(key.factKey(), key.action(), answer, support == null ? null : support.id(),
                    support == null ? null : support.date(), key.measure(), m.at()));
        }

        /** True when a section keyed by action (boardDeclaration, actionPlans) names one of the year's; else a problem. */
        private boolean knownAction(Entry a, String section, List<String> ids) {
            if (ids.contains(a.key())) {
                return true;
            }
            problem(a.keyAt(), section + " has unknown action '" + a.key() + "'" + Suggestions.didYouMean(a.key(), ids)
                    + "; expected one of " + String.join(", ", ids));
            return false;
        }

        /** actionPlans: {SA5: {lead: ..., timescale: YYYY-MM-DD, requestedSum: pounds, document: id}}; every part optional. */
        private void actionPlans(Entry e) {
            if (e == null) {
                return;
            }
            MapNode plans = asMap(e.value(), "actionPlans", "a map from SA1..SA10 to {lead, timescale, requestedSum, document}");
            if (plans == null) {
                return;
            }
            List<String> ids = scheme.actions().stream().map(ActionInfo::id).toList();
            for (Entry a : plans.entries().values()) {
                if (!knownAction(a, "actionPlans", ids)) {
                    continue;
                }
                String label = "actionPlans." + a.key();
                MapNode m = asMap(a.value(), label, "{lead: name, timescale: YYYY-MM-DD, requestedSum: pounds, document: document-id}");
                if (m == null) {
                    continue;
                }
                unknownKeys(m, List.of("lead", "timescale", "requestedSum", "document", "note"));
                int before = problems.size();
                String lead = null;
                Entry l = m.entries().get("lead");
                if (l != null && !(l.value() instanceof ScalarNode)) {
                    problem(l.value().at(), label + ".lead is " + l.value().kindName() + "; expected the name or role of the plan's lead");
                } else if (l != null && ((ScalarNode) l.value()).text() != null && !((ScalarNode) l.value()).text().isBlank()) {
                    lead = ((ScalarNode) l.value()).text().trim();
                }
                LocalDate timescale = null;
                Entry t = m.entries().get("timescale");
                if (t != null && !(t.value() instanceof ScalarNode ts && ts.isNull())) {
                    String text = t.value() instanceof ScalarNode ts ? ts.text() : null;
                    timescale = text == null ? null : DateText.day(text);
                    if (timescale == null) {
                        problem(t.value().at(), label + ".timescale is '" + (text == null ? t.value().kindName() : shown(text)) + "'"
                                + didYouMean(DateText.suggestDay(text)) + "; expected the date the plan is to be completed by, YYYY-MM-DD");
                    }
                }
                BigDecimal sum = null;
                Entry r = m.entries().get("requestedSum");
                if (r != null && !(r.value() instanceof ScalarNode rs && rs.isNull())) {
                    if (r.value() instanceof ScalarNode rs && (rs.token() == JsonToken.VALUE_NUMBER_INT || rs.token() == JsonToken.VALUE_NUMBER_FLOAT)
                            && PLAIN_NUMBER.matcher(rs.text()).matches() && new BigDecimal(rs.text()).signum() >= 0) {
                        sum = new BigDecimal(rs.text());
                        if (sum.compareTo(MAX_REQUESTED_SUM) > 0) {
                            problem(rs.at(), label + ".requestedSum is " + shown(rs.text()) + "; expected at most "
                                    + grouped(MAX_REQUESTED_SUM) + " pounds (a discretionary payment is much smaller than a trust's incentive"
                                    + " contribution; a larger sum is a typing or paste error)");
                        }
                    } else {
                        String written = r.value() instanceof ScalarNode rs ? rs.text() : null;
                        problem(r.value().at(), label + ".requestedSum is '" + (written != null ? shown(written) : r.value().kindName())
                                + "'; expected the sum in pounds, written in digits, for example 45000" + Pasted.numberHint(written, false));
                    }
                }
                Document plan = null;
                Entry d = m.entries().get("document");
                if (d != null) {
                    plan = documentRef(d.value(), label + ".document");
                }
                if (problems.size() == before) {
                    facts.add(new ActionPlan(a.key(), lead, timescale, sum, plan == null ? null : plan.id(), m.at()));
                }
            }
        }

        private void amount(EvidenceKey key, Node node, String label) {
            boolean whole = key.kind() == org.mischecker.scheme.EvidenceKind.COUNT;
            if (!(node instanceof ScalarNode s) || (s.token() != JsonToken.VALUE_NUMBER_INT
                    && (whole || s.token() != JsonToken.VALUE_NUMBER_FLOAT))) {
                String written = node instanceof ScalarNode t && t.token() == JsonToken.VALUE_STRING ? t.text() : null;
                problem(node.at(), label + " is " + node.kindName() + (written == null ? "" : " '" + shown(written) + "'")
                        + "; expected " + (whole ? "a whole number" : "a number") + Pasted.numberHint(written, whole));
                return;
            }
            if (!(whole ? PLAIN_WHOLE : PLAIN_NUMBER).matcher(s.text()).matches()) {
                problem(s.at(), label + " is '" + s.text() + "'; expected " + (whole ? "a whole number written in digits, for example 2"
                        : "a number written in digits, for example 0.4"));
                return;
            }
            BigDecimal value = new BigDecimal(s.text());
            if (value.signum() < 0) {
                problem(s.at(), label + " is " + shown(s.text()) + "; expected a number of zero or more");
                return;
            }
            if (key.max() != null && value.compareTo(key.max()) > 0) {
                problem(s.at(), label + " is " + shown(s.text()) + "; expected at most " + grouped(key.max()) + " (" + key.measure()
                        + "; a larger value is a typing or paste error)");
                return;
            }
            if (key.nonZero() && value.signum() == 0) {
                problem(s.at(), label + " is 0; expected at least 1 (" + key.measure() + ")");
                return;
            }
            facts.add(new Amount(key.factKey(), key.action(), value, key.measure(), key.unit(), s.at()));
        }

        private void month(EvidenceKey key, Node node, String label) {
            YearMonth month = node instanceof ScalarNode s && s.text() != null ? DateText.month(s.text()) : null;
            if (month != null) {
                facts.add(new MonthValue(key.factKey(), key.action(), month, key.measure(), node.at()));
                return;
            }
            String text = node instanceof ScalarNode s ? s.text() : null;
            problem(node.at(), label + " is '" + (text == null ? node.kindName() : shown(text)) + "'" + didYouMean(DateText.suggestMonth(text))
                    + "; expected a month written YYYY-MM from " + DateText.EARLIEST_YEAR + " on" + scheme.exampleMonth());
        }

        private Long count(MapNode m, String field, String label) {
            Entry e = m.entries().get(field);
            if (e == null) {
                problem(m.at(), label + "." + field + " is missing; expected a whole number");
                return null;
            }
            if (!(e.value() instanceof ScalarNode s) || s.token() != JsonToken.VALUE_NUMBER_INT) {
                String hint = e.value() instanceof ScalarNode s && s.text() != null && s.token() == JsonToken.VALUE_STRING
                        ? Pasted.numberHint(s.text(), true) : "";
                problem(e.value().at(), label + "." + field + " is " + e.value().kindName()
                        + (e.value() instanceof ScalarNode s && s.text() != null ? " '" + s.text() + "'" : "")
                        + "; expected a whole number" + hint);
                return null;
            }
            if (!PLAIN_WHOLE.matcher(s.text()).matches()) {
                problem(s.at(), label + "." + field + " is '" + s.text() + "'; expected a whole number written in digits, for example 12");
                return null;
            }
            BigDecimal v = new BigDecimal(s.text());
            if (v.signum() < 0) {
                problem(s.at(), label + "." + field + " is " + shown(s.text()) + "; expected a count of zero or more");
                return null;
            }
            if (v.compareTo(MAX_FIGURE_COUNT) > 0) {
                problem(s.at(), label + "." + field + " is " + shown(s.text()) + "; expected at most " + grouped(MAX_FIGURE_COUNT)
                        + " (no trust counts more deaths, births, staff or shifts in a reporting period; a larger count is a typing or paste error)");
                return null;
            }
            return v.longValueExact();
        }

        /** A number as written, shortened when it is too long to quote in full. */
        private String shown(String number) {
            return number.length() <= 24 ? number : number.substring(0, 20) + "... (" + number.length() + " characters)";
        }

        private String grouped(BigDecimal bound) {
            BigDecimal b = bound.stripTrailingZeros();
            return b.scale() <= 0 ? String.format(java.util.Locale.ROOT, "%,d", b.toBigIntegerExact()) : b.toPlainString();
        }

        private LocalDate date(MapNode m, String field) {
            Entry e = m.entries().get(field);
            if (e == null) {
                problem(m.at(), "document " + field + " is missing; expected a date written YYYY-MM-DD");
                return null;
            }
            String text = e.value() instanceof ScalarNode s ? s.text() : null;
            LocalDate date = text == null ? null : DateText.day(text);
            if (date == null) {
                String suggestion = DateText.suggestDay(text);
                problem(e.value().at(), "document date '" + (text == null ? e.value().kindName() : shown(text))
                        + (suggestion == null ? "' is not a real date" : "' is not written YYYY-MM-DD" + didYouMean(suggestion))
                        + "; expected YYYY-MM-DD from " + DateText.EARLIEST_YEAR + " on" + scheme.exampleDate());
            }
            return date;
        }

        /** " (did you mean 2022-02-24?)", or "" when there is no suggestion. */
        private String didYouMean(String suggestion) {
            return suggestion == null ? "" : " (" + suggestion + ")";
        }

        private Boolean yesNo(Node node) {
            if (!(node instanceof ScalarNode s) || s.text() == null) {
                return null;
            }
            return switch (s.text().trim().toLowerCase()) {
                case "yes", "true", "y" -> Boolean.TRUE;
                case "no", "false", "n" -> Boolean.FALSE;
                default -> null;
            };
        }

        private MapNode asMap(Node node, String label, String expected) {
            if (node instanceof MapNode m) {
                return m;
            }
            problem(node.at(), label + " is " + node.kindName() + "; expected " + expected);
            return null;
        }

        private String requiredText(MapNode m, String field, String label, String expected) {
            Entry e = m.entries().get(field);
            if (e == null) {
                problem(m.at(), label + " is missing; expected " + expected);
                return null;
            }
            if (!(e.value() instanceof ScalarNode s) || s.text() == null || s.text().isBlank()) {
                boolean blank = e.value() instanceof ScalarNode b && (b.text() == null || b.text().isBlank());
                problem(e.value().at(), label + " is " + (blank ? "empty" : e.value().kindName()) + "; expected " + expected);
                return null;
            }
            return s.text().trim();
        }

        private String optionalText(MapNode m, String field) {
            Entry e = m.entries().get(field);
            return e != null && e.value() instanceof ScalarNode s && s.text() != null ? s.text().trim() : null;
        }

        private void unknownKeys(MapNode m, List<String> allowed) {
            for (Entry e : m.entries().values()) {
                if (!allowed.contains(e.key())) {
                    problem(e.keyAt(), "unknown key '" + e.key() + "'" + Suggestions.didYouMean(e.key(), allowed)
                            + "; expected one of " + String.join(", ", allowed));
                }
            }
        }

        private void problem(Location at, String message) {
            problems.add(new Problem(at, message));
        }
    }
}
