package newswire.extraction.keys;

import java.util.ArrayList;
import java.util.List;
import newswire.contract.EntityRecord;
import newswire.contract.EntityType;
import newswire.contract.Mention;

/**
 * The cross-article key of each entity of one article: the same value for the same person, organisation or place
 * whatever outlet names it, however it spells it. A pure function of the article's entities (so of the article):
 * no state, no clock, no other article.
 *
 * <p>Format: {@code <type>:<body>}, type {@code person}, {@code org}, {@code loc} or {@code misc}; characters
 * {@code [A-Za-z0-9:._-]} only. A person's body is the phonetic code of the surname, then {@code .} and the code of
 * the first given name when the article gives one ({@code person:KR.JN} for John Kerry, {@code person:KR} when the
 * article only ever says "Kerry" and names no other Kerry). See {@link PersonKeys} and {@link NameKeys}.
 */
public final class EntityKeys {

    private final PersonKeys persons;
    private final NameKeys names;

    /** The production keys: {@link KeyCoding#STANDARD}. */
    public EntityKeys() {
        this(KeyCoding.STANDARD);
    }

    /** Keys written with other codes, to measure them. */
    public EntityKeys(KeyCoding coding) {
        KeyLexicons lexicons = KeyLexicons.standard();
        this.persons = new PersonKeys(lexicons, coding);
        this.names = new NameKeys(lexicons, coding);
    }

    /** The key of each entity, in the order given; {@code entities} are all the entities of one article. */
    public List<String> keys(List<EntityRecord> entities) {
        List<PersonKeys.Named> people = new ArrayList<>();
        for (EntityRecord e : entities) {
            if (e.type() == EntityType.PERSON) {
                people.add(new PersonKeys.Named(e.name(), e.mentions().stream().map(Mention::text).toList()));
            }
        }
        List<String> personKeys = persons.keys(people);
        List<String> keys = new ArrayList<>();
        int person = 0;
        for (EntityRecord e : entities) {
            keys.add(e.type() == EntityType.PERSON ? personKeys.get(person++) : names.key(e.type(), e.name()));
        }
        return List.copyOf(keys);
    }

    /** The same entities, each carrying its key. */
    public List<EntityRecord> withKeys(List<EntityRecord> entities) {
        List<String> keys = keys(entities);
        List<EntityRecord> keyed = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            EntityRecord e = entities.get(i);
            keyed.add(new EntityRecord(e.id(), e.name(), e.type(), e.mentions(), e.count(), e.salience(), keys.get(i)));
        }
        return List.copyOf(keyed);
    }
}
