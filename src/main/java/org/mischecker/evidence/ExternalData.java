package org.mischecker.evidence;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.mischecker.scheme.Bounds;
import org.mischecker.scheme.EvidenceKey;
import org.mischecker.scheme.EvidenceKind;
import org.mischecker.scheme.ExternalSource;
import org.mischecker.scheme.SchemePacks;
import org.mischecker.scheme.SchemeYear;

/**
 * The external data an auditor holds against the trusts' own figures (mis-spec.md s2.3): one CSV
 * extract per source, one row per trust keyed by ODS code, a numerator and a denominator column per
 * figure it gives. Each extract states its source, scheme year and the day it was taken in a header:
 *
 * <pre>
 * # source: mbrrace
 * # schemeYear: 4
 * # extracted: 2023-01-10
 * odsCode,SA1.reviewStartedInTime.numerator,SA1.reviewStartedInTime.denominator
 * RNS,38,40
 * </pre>
 *
 * Other '#' lines are comments, unless they start with one word and a colon, which must be one of
 * the three names (so a misspelt "# sorce:" is an error, not a comment).
 * Read and validated like evidence (every problem with file:line:column); a column may only name a
 * figure its source verifies (the pack's {@code verifiedBy:}), and a trust's figure may come from one
 * extract only. Shared by every thread of a run; remembers which rows a checked file used, so the rows
 * of trusts not checked can be listed rather than silently ignored.
 */
public final class ExternalData {

    /** One trust's row of one extract: figures by key (with the staff group for group figures), as {numerator, denominator}. */
    public record Row(Extract extract, String odsCode, Map<String, long[]> figures, Location at) {
    }

    /** One extract file. */
    public record Extract(String file, int schemeYear, ExternalSource source, LocalDate extracted) {
    }

    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,5}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final List<String> HEADER_KEYS = List.of("source", "schemeYear", "extracted");

    private final List<Extract> extracts;
    /** Rows by scheme year and ODS code. */
    private final Map<String, List<Row>> rows;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** Each figure's measure by "year key", for listing a figure the trust's file does not give. */
    private final Map<String, String> measures;

    private ExternalData(List<Extract> extracts, Map<String, List<Row>> rows, Map<String, String> measures) {
        this.extracts = List.copyOf(extracts);
        this.rows = rows;
        this.measures = measures;
    }

    /** No external data: every trust is "not externally verified". */
    public static ExternalData none() {
        return new ExternalData(List.of(), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return extracts.isEmpty();
    }

    public List<Extract> extracts() {
        return extracts;
    }

    /** The extracts (files, or folders searched for *.csv) read and validated; every problem of every file at once. */
    public static ExternalData load(List<Path> paths, SchemePacks packs) throws EvidenceException {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (var walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.add(new Problem(Location.unknown(p.toString()), "cannot read the folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.add(new Problem(Location.unknown(p.toString()), "no such file or folder; expected a CSV extract or a folder of them"));
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(Location.unknown(String.join(", ", paths.stream().map(Path::toString).toList())),
                    "no *.csv extracts found; expected CSV files, one per external source"));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            Reader reader = new Reader(f.toString(), packs, problems);
            String text = reader.text(f);
            if (text != null) {
                texts.put(f.toString(), text);
            }
        }
        return parse(texts, packs, problems);
    }

    /** Extracts given as text, by the name their problems are reported under (a case file's inline extracts). */
    public static ExternalData parse(Map<String, String> texts, SchemePacks packs) throws EvidenceException {
        return parse(texts, packs, new ArrayList<>());
    }

    private static ExternalData parse(Map<String, String> texts, SchemePacks packs, List<Problem> problems) throws EvidenceException {
        List<Extract> extracts = new ArrayList<>();
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        Map<String, Location> firstGiven = new java.util.HashMap<>();
        for (Map.Entry<String, String> f : texts.entrySet()) {
            new Reader(f.getKey(), packs, problems).read(f.getValue()).ifPresent(read -> {
                extracts.add(read.extract());
                for (Row r : read.rows()) {
                    for (String key : r.figures().keySet()) {
                        String id = r.extract().schemeYear() + " " + r.odsCode() + " " + key;
                        Location earlier = firstGiven.putIfAbsent(id, r.at());
                        if (earlier != null) {
                            problems.add(new Problem(r.at(), r.odsCode() + "'s " + key + " is also given at " + earlier
                                    + "; expected each trust's figure from one extract only"));
                        }
                    }
                    rows.computeIfAbsent(index(r.extract().schemeYear(), r.odsCode()), k -> new ArrayList<>()).add(r);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new EvidenceException(problems);
        }
        Map<String, String> measures = new java.util.HashMap<>();
        packs.years().values().forEach(y -> y.actions().forEach(a -> a.evidence().values().forEach(k -> {
            measures.put(y.year() + " " + k.factKey(), k.measure());
            k.groups().forEach(g -> measures.put(y.year() + " " + k.factKey() + "." + g, k.measure() + ", " + g));
        })));
        return new ExternalData(extracts, rows, measures);
    }

    private static String index(int year, String ods) {
        return year + " " + ods;
    }

    /** The rows for a trust in a scheme year, in file order; remembered as used. */
    public List<Row> rowsFor(int schemeYear, String odsCode) {
        String key = index(schemeYear, odsCode);
        List<Row> found = rows.getOrDefault(key, List.of());
        if (!found.isEmpty()) {
            used.add(key);
        }
        return found;
    }

    /**
     * One figure an extract gives for the trust, beside the trust's own when it gives one.
     *
     * @param own the trust's figure as it reported it, or null when its file does not give the figure
     * @param external {numerator, denominator} from the extract
     * @param decided the external numbers were judged in place of the trust's own
     */
    public record Compared(String key, String measure, Row row, Figure own, long[] external, boolean decided) {
        public boolean disagrees() {
            return own == null || own.numerator() != external[0] || own.denominator() != external[1];
        }
    }

    /** The evidence with external figures applied, and every figure compared. */
    public record Applied(Evidence evidence, List<Row> rows, List<Compared> compared) {
    }

    /**
     * Holds a trust's evidence against the extracts for its scheme year and ODS code. Where an extract
     * gives one of the trust's figures and {@code decides} (the pack's reading of C-VER-1), the figure
     * is judged on the external numbers and keeps the trust's own for the wording; otherwise it is only
     * compared. A figure the trust does not give stays missing (its standard has no evidence) and is
     * listed. On a board date, an extract taken after it did not exist yet and is not used.
     */
    public Applied apply(Evidence evidence, boolean decides, LocalDate asOf) {
        List<Row> found = rowsFor(evidence.schemeYear(), evidence.odsCode()).stream()
                .filter(r -> asOf == null || !r.extract().extracted().isAfter(asOf)).toList();
        if (found.isEmpty()) {
            return new Applied(evidence, List.of(), List.of());
        }
        Map<String, Row> byKey = new LinkedHashMap<>();
        Map<String, long[]> numbers = new LinkedHashMap<>();
        for (Row r : found) {
            r.figures().forEach((k, v) -> {
                byKey.put(k, r);
                numbers.put(k, v);
            });
        }
        List<Object> facts = new ArrayList<>(evidence.facts().size());
        Map<String, Figure> own = new java.util.HashMap<>();
        for (Object fact : evidence.facts()) {
            if (fact instanceof Figure f && numbers.containsKey(f.fullKey())) {
                own.put(f.fullKey(), f);
                if (decides) {
                    long[] n = numbers.get(f.fullKey());
                    Row r = byKey.get(f.fullKey());
                    facts.add(f.verifiedAs(n[0], n[1], r.extract().source().name(), r.extract().extracted(), r.at()));
                    continue;
                }
            }
            facts.add(fact);
        }
        List<Compared> compared = new ArrayList<>();
        numbers.forEach((k, n) -> compared.add(new Compared(k, measures.getOrDefault(evidence.schemeYear() + " " + k, k), byKey.get(k),
                own.get(k), n, decides && own.containsKey(k))));
        Evidence applied = decides ? evidence.withFacts(facts) : evidence;
        return new Applied(applied, found, compared);
    }

    /** Rows of trusts no checked file asked for, in file order: listed after a run, never silently dropped. */
    public List<Row> unused() {
        return rows.entrySet().stream().filter(e -> !used.contains(e.getKey())).flatMap(e -> e.getValue().stream()).toList();
    }

    /** Reads one extract; every problem goes to the shared list. */
    private static final class Reader {
        private final String file;
        private final SchemePacks packs;
        private final List<Problem> problems;

        Reader(String file, SchemePacks packs, List<Problem> problems) {
            this.file = file;
            this.packs = packs;
            this.problems = problems;
        }

        record Read(Extract extract, List<Row> rows) {
        }

        private void problem(int line, int column, String message) {
            problems.add(new Problem(new Location(file, line, column), message));
        }

        /** The file's text, or null after a problem. */
        String text(Path path) {
            try {
                if (Files.size(path) > Bounds.MAX_EXTERNAL_BYTES) {
                    problem(0, 0, "the extract is " + Files.size(path) + " bytes; expected at most " + Bounds.MAX_EXTERNAL_BYTES);
                    return null;
                }
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            } catch (CharacterCodingException e) {
                problem(0, 0, "not UTF-8 text; expected a CSV file saved as UTF-8 (Excel: CSV UTF-8)");
                return null;
            } catch (IOException e) {
                problem(0, 0, "cannot read the extract: " + e.getMessage());
                return null;
            }
        }

        java.util.Optional<Read> read(String text) {
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int before = problems.size();
            problems.addAll(PlainText.scan(file, text));
            if (problems.size() > before) {
                return java.util.Optional.empty();
            }
            String[] lines = text.split("\r?\n", -1);
            Map<String, String> header = new LinkedHashMap<>();
            Map<String, Integer> headerLines = new java.util.HashMap<>();
            int n = 0;
            for (; n < lines.length; n++) {
                String line = lines[n].strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (!line.startsWith("#")) {
                    break;
                }
                int colon = line.indexOf(':');
                String key = colon < 0 ? line.substring(1).strip() : line.substring(1, colon).strip();
                if (colon < 0 || !key.matches("[A-Za-z]+")) {
                    continue; // a comment: only a one-word name before a colon is a header line
                }
                if (!HEADER_KEYS.contains(key)) {
                    problem(n + 1, 1, "'" + line + "' is not a header line; expected '# source: ID', '# schemeYear: N' or"
                            + " '# extracted: YYYY-MM-DD'" + Suggestions.didYouMean(key, HEADER_KEYS));
                    continue;
                }
                if (header.put(key, line.substring(colon + 1).strip()) != null) {
                    problem(n + 1, 1, "'# " + key + "' is given twice; expected it once");
                }
                headerLines.put(key, n + 1);
            }
            SchemeYear year = year(header, headerLines.getOrDefault("schemeYear", 1));
            ExternalSource source = year == null ? null : source(header, year, headerLines.getOrDefault("source", 1));
            LocalDate extracted = extracted(header, headerLines.getOrDefault("extracted", 1));
            if (n >= lines.length) {
                String key = year == null || source == null ? "KEY" : year.actions().stream().flatMap(a -> a.evidence().values().stream())
                        .filter(k -> source.id().equals(k.verifiedBy())).map(EvidenceKey::factKey).findFirst().orElse("KEY");
                problem(n, 1, "no column header; expected a line like odsCode," + key + ".numerator," + key + ".denominator after the"
                        + " '#' lines");
                return java.util.Optional.empty();
            }
            if (year == null || source == null) {
                return java.util.Optional.empty(); // the columns cannot be checked without the year and the source
            }
            Extract extract = new Extract(file, year.year(), source, extracted);
            List<String> columns = fields(lines[n], n + 1);
            if (columns == null) {
                return java.util.Optional.empty();
            }
            List<String> keys = columns(columns, n + 1, year, source);
            if (keys == null) {
                return java.util.Optional.empty();
            }
            List<Row> rows = new ArrayList<>();
            Map<String, Integer> seen = new java.util.HashMap<>();
            for (int i = n + 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                List<String> cells = fields(lines[i], i + 1);
                if (cells == null) {
                    continue;
                }
                if (cells.size() != columns.size()) {
                    problem(i + 1, 1, "this row has " + cells.size() + " cells; expected " + columns.size() + ", one per column of line " + (n + 1));
                    continue;
                }
                String ods = cells.get(0).strip();
                if (!ODS_CODE.matcher(ods).matches()) {
                    problem(i + 1, 1, "odsCode '" + ods + "' is not an ODS code; expected 3 to 5 capital letters or digits, for example RXX");
                    continue;
                }
                Integer earlier = seen.putIfAbsent(ods, i + 1);
                if (earlier != null) {
                    problem(i + 1, 1, ods + " has a row already (line " + earlier + "); expected one row per trust");
                    continue;
                }
                Map<String, long[]> figures = new LinkedHashMap<>();
                int column = cells.get(0).length() + 2;
                boolean ok = true;
                for (int c = 1; c < cells.size(); c += 2) {
                    String key = keys.get(c);
                    String num = cells.get(c).strip();
                    String den = cells.get(c + 1).strip();
                    int at = column;
                    column += cells.get(c).length() + cells.get(c + 1).length() + 2;
                    if (num.isEmpty() && den.isEmpty()) {
                        continue; // this extract does not give the trust's figure
                    }
                    if (num.isEmpty() || den.isEmpty()) {
                        problem(i + 1, at, ods + "'s " + key + " has a " + (num.isEmpty() ? "denominator" : "numerator") + " but no "
                                + (num.isEmpty() ? "numerator" : "denominator") + "; expected both, or both cells empty when the extract"
                                + " does not give it");
                        ok = false;
                        continue;
                    }
                    Long a = count(num, i + 1, at, ods, key, "numerator");
                    Long b = count(den, i + 1, at + cells.get(c).length() + 1, ods, key, "denominator");
                    if (a == null || b == null) {
                        ok = false;
                        continue;
                    }
                    if (a > b) {
                        problem(i + 1, at, ods + "'s " + key + " numerator " + a + " is above its denominator " + b
                                + "; expected numerator <= denominator");
                        ok = false;
                        continue;
                    }
                    figures.put(key, new long[] {a, b});
                }
                if (ok) {
                    rows.add(new Row(extract, ods, figures, new Location(file, i + 1, 1)));
                }
            }
            return extracted == null ? java.util.Optional.empty() : java.util.Optional.of(new Read(extract, rows));
        }

        private Long count(String text, int line, int column, String ods, String key, String part) {
            if (!DIGITS.matcher(text).matches() || Long.parseLong(text) > Bounds.MAX_FIGURE_COUNT) {
                problem(line, column, ods + "'s " + key + " " + part + " is '" + text + "'; expected a whole number from 0 to "
                        + String.format(java.util.Locale.ROOT, "%,d", Bounds.MAX_FIGURE_COUNT) + ", written in digits");
                return null;
            }
            return Long.parseLong(text);
        }

        private SchemeYear year(Map<String, String> header, int line) {
            String text = header.get("schemeYear");
            if (text == null) {
                problem(line, 1, "no '# schemeYear: N' line; expected the scheme year the extract's figures are for, one of "
                        + packs.years().keySet());
                return null;
            }
            if (!text.matches("\\d{1,2}") || !packs.years().containsKey(Integer.parseInt(text))) {
                problem(line, 1, "# schemeYear is '" + text + "'; expected one of " + packs.years().keySet());
                return null;
            }
            return packs.year(Integer.parseInt(text));
        }

        private ExternalSource source(Map<String, String> header, SchemeYear year, int line) {
            String id = header.get("source");
            if (id == null || !year.externalSources().containsKey(id)) {
                problem(line, 1, (id == null ? "no '# source: ID' line" : "# source is '" + id + "'" + Suggestions.didYouMean(id,
                        year.externalSources().keySet())) + "; expected one of " + String.join(", ", year.externalSources().keySet().stream()
                        .map(s -> s + " (" + year.externalSources().get(s).name() + ")").toList()));
                return null;
            }
            return year.externalSources().get(id);
        }

        private LocalDate extracted(Map<String, String> header, int line) {
            String text = header.get("extracted");
            LocalDate d = text == null ? null : DateText.day(text);
            if (d == null) {
                problem(line, 1, (text == null ? "no '# extracted: YYYY-MM-DD' line" : "# extracted is '" + text + "'")
                        + "; expected the day the extract was taken, YYYY-MM-DD");
            }
            return d;
        }

        /** Each column's figure key (null for odsCode), checked against the figures the source verifies. */
        private List<String> columns(List<String> columns, int line, SchemeYear year, ExternalSource source) {
            List<String> verified = new ArrayList<>();
            Map<String, EvidenceKey> figureKeys = new LinkedHashMap<>();
            year.actions().forEach(a -> a.evidence().values().forEach(k -> {
                if (k.kind() == EvidenceKind.FIGURE || k.kind() == EvidenceKind.GROUP_FIGURES) {
                    if (k.groups().isEmpty()) {
                        figureKeys.put(k.factKey(), k);
                    } else {
                        k.groups().forEach(g -> figureKeys.put(k.factKey() + "." + g, k));
                    }
                }
            }));
            figureKeys.forEach((name, k) -> {
                if (source.id().equals(k.verifiedBy())) {
                    verified.add(name);
                }
            });
            int before = problems.size();
            if (columns.isEmpty() || !columns.get(0).strip().equals("odsCode")) {
                problem(line, 1, "the first column is '" + (columns.isEmpty() ? "" : columns.get(0).strip())
                        + "'; expected odsCode, then a numerator and a denominator column for each figure");
                return null;
            }
            List<String> keys = new ArrayList<>();
            keys.add(null);
            Set<String> given = new java.util.HashSet<>();
            int column = columns.get(0).length() + 2;
            for (int c = 1; c < columns.size(); c++) {
                String name = columns.get(c).strip();
                int at = column;
                column += columns.get(c).length() + 1;
                String part = name.endsWith(".numerator") ? "numerator" : name.endsWith(".denominator") ? "denominator" : null;
                String key = part == null ? name : name.substring(0, name.length() - part.length() - 1);
                if (part == null || part.equals("numerator") != (c % 2 == 1)) {
                    problem(line, at, "column '" + name + "' is not where expected; expected " + (c % 2 == 1 ? "KEY.numerator" : keys.get(c - 1)
                            + ".denominator") + " (each figure's numerator, then its denominator)");
                    keys.add(key);
                    continue;
                }
                if (part.equals("denominator") && !key.equals(keys.get(c - 1))) {
                    problem(line, at, "column '" + name + "' follows " + keys.get(c - 1) + ".numerator; expected " + keys.get(c - 1) + ".denominator");
                }
                keys.add(key);
                if (part.equals("numerator")) {
                    EvidenceKey k = figureKeys.get(key);
                    if (k == null) {
                        problem(line, at, "column '" + name + "' names " + key + ", which is not a figure of scheme year " + year.year()
                                + Suggestions.didYouMean(key, verified) + "; expected one of the figures " + source.name() + " verifies: "
                                + String.join(", ", verified));
                    } else if (!source.id().equals(k.verifiedBy())) {
                        problem(line, at, "column '" + name + "' names " + key + ", which " + (k.verifiedBy() == null
                                ? "no external source verifies" : "is verified by " + year.externalSources().get(k.verifiedBy()).name())
                                + ", not " + source.name() + "; expected one of " + String.join(", ", verified));
                    } else if (!given.add(key)) {
                        problem(line, at, "column '" + name + "' is given twice; expected each figure once");
                    }
                }
            }
            if (columns.size() % 2 == 0) {
                problem(line, column, "the last figure has no denominator column; expected a numerator and a denominator column for each figure");
            }
            return problems.size() > before ? null : keys;
        }

        /** The cells of one CSV line (RFC 4180 quoting), or null after a problem. */
        private List<String> fields(String line, int number) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"' && cell.toString().isBlank()) {
                    quoted = true;
                } else if (ch == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            if (quoted) {
                problem(number, line.length(), "a quoted cell is not closed; expected a closing \"");
                return null;
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
