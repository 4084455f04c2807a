package org.mischecker.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence files named on the command line: files as given, folders searched recursively for
 * *.yaml and *.yml. Nothing named or found is dropped: an entry that cannot be read as a file (a
 * link to nothing or to itself, a pipe, a device, a folder named x.yaml, a folder that cannot be
 * listed) comes back with its problem, so the run lists it as a file that could not be evaluated,
 * in every output, whether it was named or found in a folder. Entries are only looked at, never
 * opened, so a pipe cannot block the run.
 */
final class Inputs {

    /** One input: a path, and why it cannot be read as an evidence file (null when it may be). */
    record Input(Path path, String problem) {
    }

    private Inputs() {
    }

    /** In path order whatever order they were named in. */
    static List<Input> expand(List<Path> arguments) {
        Map<Path, Input> inputs = new LinkedHashMap<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                walk(p, inputs);
            } else {
                Path file = p.normalize();
                inputs.putIfAbsent(file, new Input(file, problem(file)));
            }
        }
        List<Input> sorted = new ArrayList<>(inputs.values());
        sorted.sort(Comparator.comparing(i -> i.path().toString()));
        return sorted;
    }

    private static void walk(Path root, Map<Path, Input> inputs) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && isYaml(dir)) {
                        inputs.putIfAbsent(dir.normalize(), new Input(dir.normalize(),
                                "is a folder named like an evidence file; expected a YAML file (what it holds is checked too)"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isYaml(file)) {
                        inputs.putIfAbsent(file.normalize(), new Input(file.normalize(), problem(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    inputs.putIfAbsent(file.normalize(), new Input(file.normalize(), "cannot be listed or read ("
                            + reason(e) + "); expected a readable folder or YAML evidence file"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            inputs.putIfAbsent(root.normalize(), new Input(root.normalize(), "cannot be listed (" + reason(e) + ")"));
        }
    }

    /** Why a path cannot be read as an evidence file, from what it is; null for a regular file (or a link to one). */
    static String problem(Path p) {
        if (Files.isRegularFile(p)) {
            return Files.isReadable(p) ? null : "cannot be read (permission denied); expected a readable YAML evidence file";
        }
        if (Files.isSymbolicLink(p)) {
            try {
                p.toRealPath();
            } catch (NoSuchFileException e) {
                return "is a link to " + target(p) + ", which does not exist; expected a YAML evidence file";
            } catch (FileSystemException e) {
                return "is a link that cannot be followed (" + reason(e) + ", for example a loop); expected a YAML evidence file";
            } catch (IOException e) {
                return "is a link that cannot be followed (" + reason(e) + "); expected a YAML evidence file";
            }
        }
        if (Files.isDirectory(p)) {
            return "is a folder; expected a YAML evidence file";
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return "file not found; expected a YAML evidence file";
        }
        return "is not a regular file (a pipe, a device or a socket); expected a YAML evidence file";
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path";
        }
    }

    private static String reason(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(Locale.ROOT);
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
