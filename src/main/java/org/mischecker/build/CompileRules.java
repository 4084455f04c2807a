package org.mischecker.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.mischecker.rules.PrecompiledModel;
import org.mischecker.scheme.RuleFile;
import org.mischecker.scheme.SchemePacks;
import org.mischecker.scheme.SchemeYear;

/**
 * Build step (exec-maven-plugin, process-classes): compiles every scheme year's DRL into the
 * Drools executable model and writes the generated classes into the output folder, with an index
 * naming the model classes and a fingerprint of the DRL they came from. At run time RuleBook
 * instantiates those classes directly instead of parsing DRL. Runs only at build time; its code
 * generator is a provided dependency, absent from the jar.
 */
public final class CompileRules {

    private CompileRules() {
    }

    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args[0]);
        Path out = Path.of(args[1]);
        SchemePacks packs = SchemePacks.fromDirectory(rules);
        for (SchemeYear year : packs.years().values()) {
            compile("rules-y" + year.year(), year.ruleFiles(), PrecompiledModel.rulesIndex(year.year()), out);
            if (!year.challengeFiles().isEmpty()) {
                compile("challenges-y" + year.year(), year.challengeFiles(), PrecompiledModel.challengesIndex(year.year()), out);
            }
        }
    }

    private static void compile(String name, List<RuleFile> files, String indexPath, Path out) throws Exception {
        long start = System.nanoTime();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.mischecker", name, "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        // As at run time (KieBases.compile): two rules of one name would silently replace each other.
        KieModuleModel kmodule = ks.newKieModuleModel();
        kmodule.setConfigurationProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        kmodule.newKieBaseModel(name).setDefault(true).newKieSessionModel(name + "-session").setDefault(true);
        kfs.writeKModuleXML(kmodule.toXML());
        for (RuleFile file : files) {
            kfs.write("src/main/resources/" + file.path(), file.text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(m.getPath() + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": " + m.getText().strip());
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules " + name + " do not compile:\n  "
                    + String.join("\n  ", errors));
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        int classes = 0;
        for (String file : module.getFileNames()) {
            if (file.endsWith(".class")) {
                Path target = out.resolve(file);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(file));
                classes++;
            }
        }
        String index = new String(module.getBytes("META-INF/kie/" + releaseId.getGroupId() + "/" + releaseId.getArtifactId()
                + "/drools-model"), StandardCharsets.UTF_8);
        List<String> models = index.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList();
        Path indexFile = out.resolve(indexPath);
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, PrecompiledModel.fingerprintLine(files) + "\n" + String.join("\n", models) + "\n");
        System.out.printf("compile-rules: %s: %d DRL files -> %d classes, models %s (%d ms)%n",
                name, files.size(), classes, models, (System.nanoTime() - start) / 1_000_000);
    }
}
