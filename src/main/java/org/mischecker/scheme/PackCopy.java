package org.mischecker.scheme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts a new scheme year's pack from an existing one (mis pack new): the same actions, evidence
 * keys, rules and intents, but every value reset to GAP (its old value kept in its source, so the
 * author sees what it was) and every standard's confidence set to GAP, so the new pack judges
 * nothing on last year's figures by accident until its author fills it in from the new guidance.
 * The copy is a draft; cases are not copied, since they hold last year's thresholds.
 */
public final class PackCopy {

    private static final Pattern PARAMETER = Pattern.compile("^  ([A-Za-z0-9_.]+):\\s*$");
    private static final Pattern FIELD = Pattern.compile("^    (value|confidence|source):\\s*(.*)$");

    /** What a copy did, for the author. */
    public record Summary(Path dir, int values, int standards) {
    }

    private PackCopy() {
    }

    /**
     * @param from the source pack folder (rules/y6), on disk or inside the jar
     * @param to the new pack folder (rules/y7), which must not exist
     */
    public static Summary copy(Path from, int fromYear, Path to, int toYear) throws IOException {
        if (Files.exists(to)) {
            throw new IOException(to + " already exists; mis pack new never writes over a pack");
        }
        Files.createDirectories(to);
        int[] standards = new int[1];
        int values;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted().toList()) {
                String relative = from.relativize(p).toString();
                if (relative.equals("cases") || relative.startsWith("cases/") || relative.startsWith("cases\\")) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (relative.endsWith(".drl")) {
                    Files.writeString(target, drl(Files.readString(p, StandardCharsets.UTF_8), fromYear, toYear, standards),
                            StandardCharsets.UTF_8);
                } else if (!relative.equals("thresholds.yaml")) {
                    Files.copy(p, target);
                }
            }
        }
        List<String> out = new ArrayList<>();
        values = thresholds(Files.readAllLines(from.resolve("thresholds.yaml"), StandardCharsets.UTF_8), fromYear, toYear, out);
        Files.write(to.resolve("thresholds.yaml"), out, StandardCharsets.UTF_8);
        return new Summary(to, values, standards[0]);
    }

    /** The year's rules under the new year's package, every standard's confidence GAP. */
    static String drl(String text, int fromYear, int toYear, int[] standards) {
        String renamed = text.replace("package mis.y" + fromYear + ";", "package mis.y" + toYear + ";")
                .replace("package mis.y" + fromYear + ".challenges;", "package mis.y" + toYear + ".challenges;");
        Matcher m = Pattern.compile("@confidence\\(\"[^\"]*\"\\)").matcher(renamed);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            standards[0]++;
            m.appendReplacement(b, Matcher.quoteReplacement("@confidence(\"GAP\")"));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** thresholds.yaml with the new year, and every parameter's value removed and its confidence GAP. */
    static int thresholds(List<String> lines, int fromYear, int toYear, List<String> out) {
        int values = 0;
        String value = null;
        String confidence = null;
        for (String line : lines) {
            if (line.startsWith("schemeYear:")) {
                out.add("schemeYear: " + toYear);
                continue;
            }
            if (line.startsWith("title:")) {
                String scheme = lines.stream().filter(l -> l.startsWith("scheme:")).findFirst()
                        .map(l -> l.substring("scheme:".length()).strip()).orElse("Scheme");
                out.add("title: " + scheme + " year " + toYear + " (draft copied from year " + fromYear
                        + "; every value and standard to be filled in from the year " + toYear + " guidance)");
                continue;
            }
            if (line.startsWith("guidance:")) {
                out.add("guidance: to be named (the year " + toYear + " guidance this pack encodes)");
                continue;
            }
            if (line.startsWith("guidanceVersion:")) {
                // its comment (the lines just above) is about the year copied from
                while (!out.isEmpty() && out.get(out.size() - 1).startsWith("#")) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            if (PARAMETER.matcher(line).matches()) {
                value = null;
                confidence = null;
                out.add(line);
                continue;
            }
            Matcher f = FIELD.matcher(line);
            if (f.matches()) {
                switch (f.group(1)) {
                    case "value" -> {
                        value = f.group(2).strip();
                        values++;
                    }
                    case "confidence" -> {
                        confidence = f.group(2).strip();
                        out.add("    confidence: GAP");
                    }
                    default -> out.add("    source: \"was " + (value == null ? "not known" : value.replace("\"", "'")) + " ["
                            + (confidence == null ? "?" : confidence) + "] in year " + fromYear + " (" + f.group(2).strip().replace("\"", "'")
                            + "); to fill in from the year " + toYear + " guidance\"");
                }
                continue;
            }
            out.add(line);
        }
        return values;
    }
}
