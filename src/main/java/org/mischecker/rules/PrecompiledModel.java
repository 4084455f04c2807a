package org.mischecker.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.drools.model.Model;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.drools.modelcompiler.KieBaseBuilder;
import org.mischecker.scheme.RuleFile;

/**
 * The executable model compiled from a year's DRL at build time (see CompileRules): an index
 * of model classes plus a fingerprint of the DRL text. Used only when the fingerprint matches the
 * DRL actually loaded, so a stale build can never run rules other than the ones on disk.
 */
public final class PrecompiledModel {

    private static final String FINGERPRINT = "drl-sha256: ";

    private PrecompiledModel() {
    }

    /** Where the index of a year's standards' model is. */
    public static String rulesIndex(int year) {
        return "rules/y" + year + "/executable-model.index";
    }

    /** Where the index of a year's challenge questions' model is. */
    public static String challengesIndex(int year) {
        return "rules/y" + year + "/challenges/executable-model.index";
    }

    public static String fingerprintLine(List<RuleFile> files) {
        return FINGERPRINT + fingerprint(files);
    }

    static String fingerprint(List<RuleFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The KieBase from the build-time model, when one matching these DRL files is on the classpath. */
    static Optional<KieBase> load(String indexPath, List<RuleFile> files) {
        ClassLoader loader = PrecompiledModel.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(indexPath)) {
            if (in == null) {
                return Optional.empty();
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals(fingerprintLine(files))) {
                return Optional.empty();
            }
            List<Model> models = new ArrayList<>();
            for (String name : lines.subList(1, lines.size())) {
                if (!name.isBlank()) {
                    models.add((Model) Class.forName(name.strip(), true, loader).getDeclaredConstructor().newInstance());
                }
            }
            KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models, conf));
        } catch (IOException | ReflectiveOperationException e) {
            return Optional.empty();
        }
    }
}
