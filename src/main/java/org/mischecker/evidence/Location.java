package org.mischecker.evidence;

/** Where a value was written in an evidence file, so every message can point at it. */
public record Location(String file, int line, int column) {

    public static Location unknown(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
