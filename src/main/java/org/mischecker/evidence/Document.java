package org.mischecker.evidence;

import java.time.LocalDate;

/** A dated piece of evidence (board minutes, audit, action plan) from the file's documents list. */
public record Document(String id, String title, LocalDate date, String approvedBy, String keptAt, Location at) {
}
