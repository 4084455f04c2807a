package org.mischecker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped rule packs for tests that change a pack (a value made unknown, a year added). */
public final class TestPacks {

    private TestPacks() {
    }

    /** A copy of rules/ at {@code to}. */
    public static Path copyOfRules(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path target = to.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Replaces text that must be there; a test that edits nothing would prove nothing. */
    public static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not hold the text to replace: " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }
}
