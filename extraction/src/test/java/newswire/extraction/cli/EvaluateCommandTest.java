package newswire.extraction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import newswire.extraction.entities.EntityRule;
import org.junit.jupiter.api.Test;

/** bin/evaluate's command line and the variants of its entity-rule ablation (no models needed). */
class EvaluateCommandTest {

    @Test
    void foldersAndOptionsAreReadInAnyOrder() throws Exception {
        EvaluateOptions o = EvaluateOptions.parse(new String[] {"gold/a", "--out", "events.ndjson", "gold/b"});

        assertEquals(List.of(Path.of("gold/a"), Path.of("gold/b")), o.folders());
        assertEquals(Path.of("events.ndjson"), o.out());
        assertFalse(o.ablateEntityRules());
        assertTrue(EvaluateOptions.parse(new String[] {"--ablate-entity-rules", "gold/a"}).ablateEntityRules());
    }

    @Test
    void aCommandLineThatCannotRunIsRefused() {
        assertThrows(EvaluateOptions.UsageException.class, () -> EvaluateOptions.parse(new String[] {}));
        assertThrows(EvaluateOptions.UsageException.class, () -> EvaluateOptions.parse(new String[] {"--out"}));
        assertThrows(EvaluateOptions.UsageException.class, () -> EvaluateOptions.parse(new String[] {"--fast", "g"}));
        assertThrows(EvaluateOptions.UsageException.class,
                () -> EvaluateOptions.parse(new String[] {"--ablate-entity-rules", "--out", "x", "g"}));
    }

    /** The baseline is the production rule set; every other variant differs from it by exactly one rule. */
    @Test
    void theAblationTogglesEachRuleOnceAgainstTheProductionRules() {
        var variants = EntityRuleAblation.variants();

        assertEquals(1 + EntityRule.values().length, variants.size());
        assertEquals(EntityRule.ON, variants.get(0).rules());
        for (int i = 1; i < variants.size(); i++) {
            EntityRule rule = EntityRule.values()[i - 1];
            Set<EntityRule> difference = EnumSet.copyOf(EntityRule.ON);
            Set<EntityRule> variant = variants.get(i).rules();
            difference.removeAll(variant);
            Set<EntityRule> added = variant.isEmpty() ? EnumSet.noneOf(EntityRule.class) : EnumSet.copyOf(variant);
            added.removeAll(EntityRule.ON);
            difference.addAll(added);
            assertEquals(Set.of(rule), difference, variants.get(i).name());
            assertTrue(variants.get(i).name().endsWith(rule.name()));
        }
    }
}
