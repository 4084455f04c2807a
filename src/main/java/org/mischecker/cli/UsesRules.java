package org.mischecker.cli;

/** A command (or option group) that checks with the rules and can take them preloaded. */
interface UsesRules {

    void preload(RulesPreload preload);
}
