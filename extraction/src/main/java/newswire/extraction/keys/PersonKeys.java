package newswire.extraction.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The keys of an article's people: {@code person:<surname code>}, then {@code .<given code>} when the article gives
 * the person a first name. A person named only by surname or initial takes the first name the article gives the one
 * person of that surname (and initial), in another mention of the same entity or as another entity; when it names
 * two ("George Bush", "Jeb Bush", then "Bush"), the key stays the surname alone.
 */
final class PersonKeys {

    static final String PREFIX = "person:";

    private final KeyLexicons lexicons;
    private final KeyCoding coding;

    PersonKeys(KeyLexicons lexicons, KeyCoding coding) {
        this.lexicons = lexicons;
        this.coding = coding;
    }

    /** A person as the article names it: the entity's name and every mention's text. */
    record Named(String name, List<String> mentions) {
    }

    /** One key per person, in order; {@code people} are all the persons of one article. */
    List<String> keys(List<Named> people) {
        List<List<Coded>> codedByPerson = new ArrayList<>();
        for (Named person : people) {
            codedByPerson.add(coded(person));
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            keys.add(key(people.get(i), codedByPerson, i));
        }
        return keys;
    }

    /** A parsed name with its codes; {@code given} empty for an initial or no given name. */
    private record Coded(String surname, Optional<String> initial, Optional<String> given) {
    }

    private List<Coded> coded(Named person) {
        List<Coded> names = new ArrayList<>();
        names.add(code(person.name()));
        person.mentions().forEach(m -> names.add(code(m)));
        names.removeIf(c -> c.surname().isEmpty());
        return names;
    }

    private Coded code(String written) {
        Optional<PersonName> parsed = PersonName.parse(written, lexicons);
        if (parsed.isEmpty()) {
            return new Coded("", Optional.empty(), Optional.empty());
        }
        PersonName name = parsed.get();
        Optional<String> initial = name.given().map(g -> g.substring(0, 1));
        Optional<String> given = name.hasFullGiven() ? name.given().map(coding.given()::encode) : Optional.empty();
        return new Coded(coding.surname().encode(name.surname()), initial, given);
    }

    private String key(Named person, List<List<Coded>> all, int self) {
        List<Coded> own = all.get(self);
        if (own.isEmpty()) {
            return PREFIX + NameKeys.body(List.of(person.name()), NameCode.SPELLING, person.name());
        }
        Coded name = own.get(0);
        String surnameKey = PREFIX + name.surname();
        if (name.given().isPresent()) {
            return surnameKey + "." + name.given().get();
        }
        // the entity's other mentions first, then the article's other people
        Optional<String> given = onlyGiven(own, name).or(() -> onlyGivenElsewhere(all, self, name));
        return given.map(g -> surnameKey + "." + g).orElse(surnameKey);
    }

    private static Optional<String> onlyGivenElsewhere(List<List<Coded>> all, int self, Coded name) {
        List<Coded> others = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i != self && !all.get(i).isEmpty()) {
                others.add(all.get(i).get(0));
            }
        }
        return onlyGiven(others, name);
    }

    /** The one given name among {@code names} that fits this surname and initial; none if none or several. */
    private static Optional<String> onlyGiven(List<Coded> names, Coded name) {
        TreeSet<String> fitting = new TreeSet<>();
        for (Coded other : names) {
            boolean fits = other.surname().equals(name.surname()) && other.given().isPresent()
                    && (name.initial().isEmpty() || name.initial().equals(other.initial()));
            if (fits) {
                fitting.add(other.given().get());
            }
        }
        return fitting.size() == 1 ? Optional.of(fitting.first()) : Optional.empty();
    }
}
