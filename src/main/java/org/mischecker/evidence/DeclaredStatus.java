package org.mischecker.evidence;

/** What the trust board declared for one safety action. Not evidence: compared with the checked result. */
public record DeclaredStatus(String action, boolean met, Location at) {
}
