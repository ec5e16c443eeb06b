package newswire.stories.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newswire.stories.grouping.ArticleDigest;
import newswire.stories.grouping.EntityKeys;
import newswire.stories.grouping.QuoteText;
import newswire.stories.grouping.StoryGrouper;

/** Builds a story from its members' digests; the same members always give the same story. */
public final class StoryBuilder {

    private StoryBuilder() {
    }

    public static Story build(String storyId, List<ArticleDigest> unordered) {
        List<ArticleDigest> members = new ArrayList<>(unordered);
        members.sort(StoryGrouper.MEMBER_ORDER);
        Map<String, String> canonical = EntityKeys.canonical(allKeys(members));
        List<StoryArticle> articles = members.stream()
                .map(m -> new StoryArticle(m.articleId(), m.source(), m.url(), m.publishedAt(), m.title())).toList();
        Set<String> outlets = new LinkedHashSet<>();
        members.forEach(m -> outlets.add(m.source() == null ? "unknown" : m.source()));
        ArticleDigest first = members.get(0);
        ArticleDigest last = members.get(members.size() - 1);
        List<StoryEntity> entities = entities(members, canonical);
        Map<String, String> names = new HashMap<>();
        entities.forEach(e -> names.put(e.key(), e.name()));
        return new Story(storyId, title(members), first.publishedAt(), last.publishedAt(), last.publishedMillis(),
                articles, List.copyOf(outlets), entities, speakers(members, canonical, names));
    }

    /** The founding (earliest) article's title, else the first title any member has. */
    private static String title(List<ArticleDigest> members) {
        return members.stream().map(ArticleDigest::title).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse("(untitled)");
    }

    private static Set<String> allKeys(List<ArticleDigest> members) {
        Set<String> keys = new LinkedHashSet<>();
        members.forEach(m -> m.entities().forEach(e -> keys.add(e.key())));
        return keys;
    }

    private static List<StoryEntity> entities(List<ArticleDigest> members, Map<String, String> canonical) {
        Map<String, EntityAccumulator> byKey = new LinkedHashMap<>();
        for (ArticleDigest member : members) {
            for (ArticleDigest.DigestEntity entity : member.entities()) {
                String key = canonical.getOrDefault(entity.key(), entity.key());
                byKey.computeIfAbsent(key, k -> new EntityAccumulator(k, entity.type()))
                        .add(member.source(), entity);
            }
        }
        return byKey.values().stream()
                .sorted(Comparator.comparingInt(EntityAccumulator::total).reversed()
                        .thenComparing(a -> a.key))
                .map(EntityAccumulator::toEntity).toList();
    }

    /** Speakers are named as the story names the entity (the fullest, most used form), not as one quote did. */
    private static List<SpeakerQuotes> speakers(List<ArticleDigest> members, Map<String, String> canonical,
                                                Map<String, String> entityNames) {
        Map<String, List<Report>> bySpeaker = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> namesBySpeaker = new HashMap<>();
        for (ArticleDigest member : members) {
            for (ArticleDigest.DigestQuote quote : member.quotes()) {
                if (quote.speakerKey() == null) {
                    continue; // unattributed or described speakers ("an official") are shown in the article view only
                }
                String key = canonical.getOrDefault(quote.speakerKey(), quote.speakerKey());
                bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(new Report(member, quote));
                if (quote.speakerName() != null) {
                    namesBySpeaker.computeIfAbsent(key, k -> new TreeMap<>()).merge(quote.speakerName(), 1,
                            Integer::sum);
                }
            }
        }
        List<SpeakerQuotes> speakers = new ArrayList<>();
        bySpeaker.forEach((key, reports) -> speakers.add(new SpeakerQuotes(key, entityNames.getOrDefault(key,
                mostUsed(namesBySpeaker.getOrDefault(key, Map.of(key, 1)))), mergeQuotations(reports))));
        return speakers;
    }

    /** Reports of the same words (as {@link QuoteText#sameQuotation} judges) become one quotation. */
    private static List<StoryQuote> mergeQuotations(List<Report> reports) {
        List<List<Report>> groups = new ArrayList<>();
        for (Report report : reports) {
            List<Report> home = null;
            for (List<Report> group : groups) {
                if (group.stream().anyMatch(r -> QuoteText.sameQuotation(r.normalised, report.normalised))) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(report);
        }
        return groups.stream().map(StoryBuilder::quotation).toList();
    }

    private static StoryQuote quotation(List<Report> group) {
        String text = group.stream().map(r -> r.quote.text())
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElse("");
        List<QuoteReport> reports = group.stream().map(r -> new QuoteReport(r.member.articleId(), r.member.source(),
                r.member.publishedAt(), r.member.publishedMillis(), r.quote.start(), r.quote.end(), r.quote.cue(), r.quote.cueStart(),
                r.quote.cueEnd())).toList();
        return new StoryQuote(text, reports);
    }

    static String mostUsed(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    private static final class Report {
        final ArticleDigest member;
        final ArticleDigest.DigestQuote quote;
        final String normalised;

        Report(ArticleDigest member, ArticleDigest.DigestQuote quote) {
            this.member = member;
            this.quote = quote;
            this.normalised = QuoteText.normalise(quote.text());
        }
    }

    private static final class EntityAccumulator {
        final String key;
        final String type;
        final Map<String, Integer> names = new TreeMap<>();
        final Set<String> variants = new LinkedHashSet<>();
        final Map<String, Integer> byOutlet = new TreeMap<>();

        EntityAccumulator(String key, String type) {
            this.key = key;
            this.type = type;
        }

        void add(String source, ArticleDigest.DigestEntity entity) {
            if (entity.name() != null) {
                names.merge(entity.name(), 1, Integer::sum);
            }
            variants.addAll(entity.variants());
            byOutlet.merge(source == null ? "unknown" : source, entity.count(), Integer::sum);
        }

        int total() {
            return byOutlet.values().stream().mapToInt(Integer::intValue).sum();
        }

        StoryEntity toEntity() {
            return new StoryEntity(key, mostUsed(names.isEmpty() ? Map.of(key, 1) : names), type,
                    List.copyOf(variants), Map.copyOf(byOutlet));
        }
    }
}
