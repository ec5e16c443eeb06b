package newswire.extraction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newswire.contract.EntityRecord;
import newswire.contract.Json;
import newswire.extraction.entities.EntityRule;
import newswire.extraction.entities.NewsEntityExtractor;
import newswire.extraction.evaluation.GoldArticle;
import newswire.extraction.evaluation.MentionScorer;
import newswire.extraction.evaluation.QualityScorer;
import newswire.extraction.nlp.AnnotatedText;
import newswire.extraction.nlp.NlpPipeline;

/**
 * {@code bin/evaluate --ablate-entity-rules}: what each {@link EntityRule} is worth. Every article is annotated once
 * (the tagger is the slow part and no rule changes it); then the entity extractor runs with the production rules
 * ({@link EntityRule#ON}) and with each rule toggled in turn, removed when on and added when off, and each variant
 * gets one table row: per folder, mention F1 (when the gold marks mentions) and document-level entity F1, each with
 * its difference from the baseline. Only entities are extracted, so quote figures are not part of it.
 */
final class EntityRuleAblation {

    /** One set of rules, named for the table. */
    record Variant(String name, Set<EntityRule> rules) {
    }

    /** One figure of one folder: a column of the table. */
    private record Column(GoldFolder folder, String figure) {
    }

    private final PrintStream out;
    private final PrintStream err;

    EntityRuleAblation(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<GoldFolder> folders) {
        List<GoldFolder> scored = new ArrayList<>();
        for (GoldFolder f : folders) {
            if (f.hasEntities()) {
                scored.add(f);
            } else {
                err.printf("%s: no gold entities, left out of the ablation%n", f.label());
            }
        }
        if (scored.isEmpty()) {
            err.println("no folder with gold entities: nothing to ablate");
            return;
        }
        long loadStart = System.nanoTime();
        NlpPipeline pipeline = new NlpPipeline();
        err.printf("models loaded in %.1f s%n", EvaluateCommand.seconds(loadStart));
        Map<GoldFolder, List<AnnotatedText>> annotated = new LinkedHashMap<>();
        for (GoldFolder f : scored) {
            annotated.put(f, annotate(f, pipeline));
        }
        List<Column> columns = columns(scored);
        List<Variant> variants = variants();
        List<double[]> rows = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            long started = System.nanoTime();
            rows.add(score(variants.get(v), annotated, columns));
            err.printf("variant %d/%d %s: %.1f s%n", v + 1, variants.size(), variants.get(v).name(),
                    EvaluateCommand.seconds(started));
        }
        print(columns, variants, rows);
    }

    private List<AnnotatedText> annotate(GoldFolder folder, NlpPipeline pipeline) {
        long started = System.nanoTime();
        List<AnnotatedText> texts = new ArrayList<>();
        for (GoldArticle g : folder.golds()) {
            texts.add(pipeline.annotate(g.body()));
        }
        err.printf("%s: %d articles annotated in %.1f s%n", folder.label(), texts.size(),
                EvaluateCommand.seconds(started));
        return texts;
    }

    private static List<Column> columns(List<GoldFolder> folders) {
        List<Column> columns = new ArrayList<>();
        for (GoldFolder f : folders) {
            if (f.hasMentions()) {
                columns.add(new Column(f, "mention F1"));
            }
            columns.add(new Column(f, "entity F1"));
        }
        return columns;
    }

    /** The baseline, then every rule toggled: removed if the production extractor applies it, added if not. */
    static List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("baseline (" + EntityRule.ON.size() + " rules on)", EntityRule.ON));
        for (EntityRule rule : EntityRule.values()) {
            Set<EntityRule> rules = EnumSet.noneOf(EntityRule.class);
            rules.addAll(EntityRule.ON);
            boolean on = rules.contains(rule);
            if (on) {
                rules.remove(rule);
            } else {
                rules.add(rule);
            }
            variants.add(new Variant((on ? "- " : "+ ") + rule.name(), rules));
        }
        return variants;
    }

    /** The variant's figures, one per column. */
    private static double[] score(Variant variant, Map<GoldFolder, List<AnnotatedText>> annotated,
                                  List<Column> columns) {
        NewsEntityExtractor extractor = new NewsEntityExtractor(variant.rules());
        Map<GoldFolder, double[]> byFolder = new LinkedHashMap<>();
        annotated.forEach((folder, texts) -> byFolder.put(folder, scoreFolder(folder, texts, extractor)));
        double[] row = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            double[] figures = byFolder.get(col.folder());
            row[c] = col.figure().equals("mention F1") ? figures[0] : figures[1];
        }
        return row;
    }

    /** {mention F1, entity F1} of one folder with one extractor. */
    private static double[] scoreFolder(GoldFolder folder, List<AnnotatedText> texts, NewsEntityExtractor extractor) {
        QualityScorer quality = QualityScorer.forFolder(folder.golds());
        MentionScorer mentions = new MentionScorer();
        for (int i = 0; i < texts.size(); i++) {
            GoldArticle gold = folder.golds().get(i);
            JsonNode event = entitiesOnly(gold.id(), extractor.extract(texts.get(i)));
            quality.add(gold, event);
            mentions.add(gold, event);
        }
        return new double[] {mentions.report().overall().prf().f1(), quality.report().entityF1()};
    }

    /** An event with the entities alone, which is all that either entity figure reads. */
    private static JsonNode entitiesOnly(String id, List<EntityRecord> entities) {
        ObjectNode event = Json.mapper().createObjectNode().put("articleId", id);
        event.set("entities", Json.mapper().valueToTree(entities));
        return event;
    }

    private void print(List<Column> columns, List<Variant> variants, List<double[]> rows) {
        int nameWidth = variants.stream().mapToInt(v -> v.name().length()).max().orElse(10) + 2;
        StringBuilder folders = new StringBuilder(pad("", nameWidth));
        StringBuilder figures = new StringBuilder(pad("variant", nameWidth));
        GoldFolder previous = null;
        for (Column c : columns) {
            folders.append(pad(c.folder() == previous ? "" : c.folder().label(), CELL));
            figures.append(pad(c.figure() + "  Δ", CELL));
            previous = c.folder();
        }
        out.println("entity rules: each toggled against the baseline; Δ = variant - baseline");
        out.println(folders.toString().stripTrailing());
        out.println(figures.toString().stripTrailing());
        double[] baseline = rows.get(0);
        for (int v = 0; v < variants.size(); v++) {
            StringBuilder line = new StringBuilder(pad(variants.get(v).name(), nameWidth));
            for (int c = 0; c < columns.size(); c++) {
                String delta = v == 0 ? "" : String.format("%+.4f", rows.get(v)[c] - baseline[c]);
                line.append(pad(String.format("%.4f %s", rows.get(v)[c], delta), CELL));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private static final int CELL = 20;

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
