package newswire.system;

import java.util.LinkedHashMap;
import java.util.Map;

/** Generated news-like articles with a unique id each, for tests that push many and count what comes out. */
final class Articles {

    private static final String[] CITIES = {"Lagos", "Nairobi", "Dublin", "Leeds", "Cairo", "Denver"};
    private static final String[] NAMES = {"Amara Okafor", "Peter Mwangi", "Siobhan Kelly", "Tom Hardy",
            "Laila Hassan", "Maria Lopez"};

    private Articles() {
    }

    static Map<String, Object> article(String runId, int i) {
        String city = CITIES[i % CITIES.length];
        String name = NAMES[(i / CITIES.length) % NAMES.length];
        String surname = name.substring(name.indexOf(' ') + 1);
        String body = city + " (Newswire) – Mayor " + name + " said on Monday that the city would open " + (i + 3)
                + " new shelters before the winter.\n"
                + "“We are doing everything we can,” " + surname + " told reporters. “Nobody will be left outside.”\n"
                + "A council spokesperson said the plan would cost " + (i + 1) + " million dollars.";
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", runId + "-" + i);
        article.put("title", "Shelters in " + city);
        article.put("body", body);
        article.put("source", "system-test");
        return article;
    }
}
