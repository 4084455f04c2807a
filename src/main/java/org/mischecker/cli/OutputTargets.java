package org.mischecker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the outputs of a check may go: never over an evidence file being checked (a report written
 * over the trust's only copy of its evidence loses it), never onto a folder or a block device, and
 * never two outputs to one file (the second would silently replace the first). A character device
 * (/dev/null, the usual way to discard an output) or a pipe is written to directly.
 */
final class OutputTargets {

    private OutputTargets() {
    }

    /** The first problem with the outputs' files, or null when every one is safe to write. */
    static String problem(List<OutputSpec> outputs, List<Path> inputs) {
        Map<Path, OutputSpec> seen = new HashMap<>();
        for (OutputSpec o : outputs) {
            if (o.file() == null) {
                continue;
            }
            Path target = o.file().toAbsolutePath().normalize();
            OutputSpec earlier = seen.putIfAbsent(target, o);
            if (earlier != null) {
                return "the " + earlier.format() + " and " + o.format() + " outputs both name " + o.file()
                        + "; give each output its own file";
            }
            if (Files.exists(target) && !Files.isRegularFile(target) && !streamable(target)) {
                return "output " + o.file() + " exists and is " + (Files.isDirectory(target) ? "a folder" : "not a file, a pipe or a character device")
                        + "; expected a file to write (or FORMAT without =FILE for standard output)";
            }
            for (Path input : inputs) {
                if (same(target, input)) {
                    return "output " + o.file() + " is the evidence file " + input
                            + " being checked; mis check never writes over evidence: give the output another name";
                }
            }
        }
        return null;
    }

    /** A character device or a pipe, from the file's Unix mode; false where the mode cannot be read. */
    static boolean streamable(Path target) {
        try {
            int type = (Integer) Files.getAttribute(target, "unix:mode") & 0170000;
            return type == 0020000 || type == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean same(Path target, Path input) {
        if (target.equals(input.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false;
        }
    }
}
