package org.mischecker.rules;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.mischecker.scheme.RuleFile;

/**
 * The one place a KieBase is made, for the standards' rules and the board's questions alike: from
 * the executable model compiled at build time when it matches the DRL, otherwise by compiling the
 * DRL now (drools-mvel) and stopping with every builder message, file and line.
 */
final class KieBases {

    /** A set of rule files and the built KieBase, with how it was made. */
    record Built(KieBase kieBase, boolean precompiled) {
    }

    private KieBases() {
    }

    /**
     * @param name names the rule set, e.g. "rules-y4" or "challenges-y4"
     * @param indexPath the classpath resource of its build-time model index
     */
    static Built build(String name, String indexPath, List<RuleFile> files) {
        return PrecompiledModel.load(indexPath, files)
                .map(kieBase -> new Built(kieBase, true))
                .orElseGet(() -> new Built(compile(name, files), false));
    }

    /**
     * Whether a fact could reach any rule of the KieBase: its class is one a rule's pattern names (or a
     * subtype). Inserting a fact no pattern matches still costs a handle and an object-store entry,
     * so callers that insert a shared set of facts into several KieBases skip the rest.
     */
    static java.util.function.Predicate<Object> matchedBy(KieBase kieBase) {
        List<Class<?>> types = new ArrayList<>();
        for (org.drools.core.reteoo.ObjectTypeNode node : ((org.drools.core.impl.InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof org.drools.base.base.ClassObjectType type) {
                types.add(type.getClassType());
            } else {
                return fact -> true;
            }
        }
        java.util.Map<Class<?>, Boolean> known = new java.util.concurrent.ConcurrentHashMap<>();
        return fact -> known.computeIfAbsent(fact.getClass(), c -> types.stream().anyMatch(t -> t.isAssignableFrom(c)));
    }

    static KieBase compile(String name, List<RuleFile> files) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        KieModuleModel module = ks.newKieModuleModel();
        // Two rules with one name would silently replace each other (drools-notes): make it an error.
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        module.newKieBaseModel(name).setDefault(true).newKieSessionModel(name + "-session").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        ReleaseId releaseId = ks.newReleaseId("org.mischecker", name, "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        java.util.Map<String, String> sources = new java.util.HashMap<>();
        for (RuleFile file : files) {
            kfs.write("src/main/resources/" + file.path(), file.text());
            sources.put(file.path(), file.source());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> messages = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
            String inPack = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            String path = sources.getOrDefault(inPack, inPack);
            messages.add(m.getLevel() + " " + path + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + m.getText().strip());
        }
        if (!messages.isEmpty()) {
            throw new RuleBuildException(messages);
        }
        return ks.newKieContainer(releaseId).getKieBase();
    }
}
