package org.mischecker.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The evidence files named on the command line: files as given, folders searched recursively for *.yaml and *.yml. */
final class Inputs {

    private Inputs() {
    }

    /**
     * In path order whatever order they were named in; a path that does not exist is kept, so the
     * loader reports it like any other unreadable file.
     */
    static List<Path> expand(List<Path> arguments) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isYaml).map(Path::normalize).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p.normalize());
            }
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(Path::toString));
        return sorted;
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
