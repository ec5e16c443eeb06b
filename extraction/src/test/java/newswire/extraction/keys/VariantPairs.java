package newswire.extraction.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.contract.Mention;

/** The invented name pairs of {@code src/test/resources/keys/variant-pairs.tsv} (its header says the format). */
record VariantPairs(List<Pair> pairs) {

    /** Two names of one type; {@code same} when they name the same entity. */
    record Pair(boolean same, EntityType type, Side a, Side b) {
        @Override
        public String toString() {
            return (same ? "merge " : "apart ") + a.name() + " / " + b.name();
        }
    }

    /** A name as one article gives it, with the other people that article names. */
    record Side(String name, List<String> otherPeople) {

        /** The article's entities, this one first, each mentioned once as written. */
        List<EntityRecord> entities(EntityType type) {
            List<EntityRecord> entities = new ArrayList<>(List.of(entity(name, type, 1)));
            for (String other : otherPeople) {
                entities.add(entity(other, EntityType.PERSON, entities.size() + 1));
            }
            return entities;
        }

        private static EntityRecord entity(String name, EntityType type, int n) {
            return new EntityRecord("e" + n, name, type, List.of(new Mention(name, 0, name.length())), 1, 1.0);
        }

        static Side parse(String text) {
            int brace = text.indexOf('{');
            if (brace < 0) {
                return new Side(text.strip(), List.of());
            }
            String inside = text.substring(brace + 1, text.indexOf('}'));
            return new Side(text.substring(0, brace).strip(), List.of(inside.strip().split("\\s*,\\s*")));
        }
    }

    static VariantPairs load() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (InputStream in = VariantPairs.class.getResourceAsStream("/keys/variant-pairs.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4 || !(f[0].equals("merge") || f[0].equals("apart"))) {
                    throw new IllegalArgumentException("not a pair line: " + line);
                }
                pairs.add(new Pair(f[0].equals("merge"), EntityType.valueOf(f[1]), Side.parse(f[2]), Side.parse(f[3])));
            }
        }
        return new VariantPairs(List.copyOf(pairs));
    }

    List<Pair> ofType(EntityType type) {
        return pairs.stream().filter(p -> p.type() == type).toList();
    }
}
