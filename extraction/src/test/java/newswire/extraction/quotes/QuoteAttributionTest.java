package newswire.extraction.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newswire.contract.EntityRecord;
import newswire.contract.QuoteRecord;
import newswire.contract.QuoteType;
import newswire.contract.SpeakerKind;
import newswire.extraction.entities.NewsEntityExtractor;
import newswire.extraction.nlp.AnnotatedText;
import newswire.extraction.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who said it: one short story per attribution pattern of news writing, run through the real tagger and entity
 * extractor. Includes the cases existing tools are known to get wrong: speakers they leave "unknown", the later
 * paragraphs of a multi-paragraph quotation, dash attributions and colon lead-ins.
 */
class QuoteAttributionTest {

    private static NlpPipeline pipeline;
    private final NewsQuoteExtractor extractor = new NewsQuoteExtractor();

    @BeforeAll
    static void loadModels() {
        pipeline = new NlpPipeline();
    }

    private List<QuoteRecord> quotes(String body) {
        AnnotatedText text = pipeline.annotate(body);
        return extractor.extract(text, new NewsEntityExtractor().extract(text));
    }

    private static void assertSpeaker(QuoteRecord q, String name, SpeakerKind kind) {
        assertEquals(kind, q.speaker().kind(), () -> "speaker of " + q);
        assertTrue(q.speaker().name() != null && q.speaker().name().endsWith(name),
                () -> "expected " + name + " for " + q);
    }

    private static void assertOneQuote(List<QuoteRecord> quotes, String text, String speaker, SpeakerKind kind) {
        assertEquals(1, quotes.size(), () -> "quotes: " + quotes);
        assertEquals(text, quotes.get(0).text());
        assertSpeaker(quotes.get(0), speaker, kind);
    }

    @Test
    void nameThenSaid() {
        assertOneQuote(quotes("\"The deal is done,\" Angela Merkel said on Monday."),
                "The deal is done,", "Angela Merkel", SpeakerKind.PERSON);
    }

    @Test
    void saidThenName() {
        List<QuoteRecord> q = quotes("\"The market will recover,\" said Goldman Sachs analyst Peter Oppenheimer.");
        assertOneQuote(q, "The market will recover,", "Peter Oppenheimer", SpeakerKind.PERSON);
        assertEquals("said", q.get(0).cue().text());
    }

    @Test
    void appositiveBetweenNameAndVerb() {
        assertOneQuote(quotes("\"We are ready,\" Nusrat Ghani, the business minister, said."),
                "We are ready,", "Ghani", SpeakerKind.PERSON);
    }

    @Test
    void ageBetweenNameAndVerb() {
        assertOneQuote(quotes("\"I lost everything,\" Maria Lopez, 45, said outside the court."),
                "I lost everything,", "Maria Lopez", SpeakerKind.PERSON);
    }

    @Test
    void colonLeadIn() {
        List<QuoteRecord> q = quotes("Prime Minister Justin Trudeau said: \"Canada will not back down.\"");
        assertOneQuote(q, "Canada will not back down.", "Justin Trudeau", SpeakerKind.PERSON);
        assertEquals(QuoteType.FULL, q.get(0).type());
    }

    @Test
    void colonLeadInAfterAnIntroductoryPhraseGivesAnUnnamedBody() {
        assertOneQuote(quotes("In a statement, the ministry said: \"The border remains closed.\""),
                "The border remains closed.", "the ministry", SpeakerKind.DESCRIPTION);
    }

    @Test
    void colonLeadInEndingThePreviousParagraph() {
        List<QuoteRecord> q = quotes("Coach Pep Guardiola added:\n\"We need to defend better.\"");
        assertOneQuote(q, "We need to defend better.", "Pep Guardiola", SpeakerKind.PERSON);
    }

    @Test
    void heAddedGoesToThePreviousSpeakerNotTheLastNameMentioned() {
        List<QuoteRecord> q = quotes("\"We are worried,\" Boris Johnson said as he and Emmanuel Macron posed "
                + "for photographs.\n\"But there is hope,\" he added.");
        assertEquals(2, q.size());
        assertSpeaker(q.get(1), "Boris Johnson", SpeakerKind.PERSON);
    }

    @Test
    void pronounSkipsTheObjectOfThePreviousSentence() {
        List<QuoteRecord> q = quotes("Captain Joe Root praised James Anderson after the match.\n"
                + "\"He bowled beautifully all day,\" he told reporters.");
        assertEquals(1, q.size());
        assertSpeaker(q.get(0), "Joe Root", SpeakerKind.PERSON);
        String body = "Captain Joe Root praised James Anderson after the match.\n"
                + "\"He bowled beautifully all day,\" he told reporters.";
        // the mention that attributes the quotation is the pronoun itself
        assertEquals("he", body.substring(q.get(0).speaker().start(), q.get(0).speaker().end()));
    }

    @Test
    void sheToldReporters() {
        List<QuoteRecord> q = quotes("Senator Elizabeth Warren spoke after the vote.\n"
                + "\"This bill fails working families,\" she told reporters.");
        assertSpeaker(q.get(0), "Elizabeth Warren", SpeakerKind.PERSON);
        assertEquals("told", q.get(0).cue().text());
    }

    @Test
    void itSaidGoesToTheOrganisation() {
        List<QuoteRecord> q = quotes("Shares of Siemens rose on Tuesday after the results.\n"
                + "\"Demand remains strong,\" it said in a statement.");
        assertSpeaker(q.get(0), "Siemens", SpeakerKind.ORGANIZATION);
    }

    @Test
    void namedOrganisationSpeaks() {
        List<QuoteRecord> q = quotes("\"The decision is final,\" the European Commission said in a statement.");
        assertSpeaker(q.get(0), "European Commission", SpeakerKind.ORGANIZATION);
        assertNotNull(q.get(0).speaker().entityId());
    }

    @Test
    void theCompanyIsTheOrganisationNamedBefore() {
        List<QuoteRecord> q = quotes("Volkswagen shares fell after the carmaker cut its forecast.\n"
                + "\"We expect a difficult year,\" the company said.");
        assertSpeaker(q.get(0), "Volkswagen", SpeakerKind.ORGANIZATION);
    }

    @Test
    void unnamedOfficialKeepsTheDescriptionAsWritten() {
        List<QuoteRecord> q = quotes("\"Our goal is a ceasefire,\" a senior State Department official told "
                + "reporters.");
        assertOneQuote(q, "Our goal is a ceasefire,", "a senior State Department official", SpeakerKind.DESCRIPTION);
    }

    @Test
    void invertedDescriptionIsTheSubjectNotAnObject() {
        List<QuoteRecord> q = quotes("\"The region is divided,\" said a second US official.");
        assertOneQuote(q, "The region is divided,", "a second US official", SpeakerKind.DESCRIPTION);
    }

    @Test
    void accordingTo() {
        List<QuoteRecord> q = quotes("The plant will close, according to Tom Baker, who said \"nobody saw it "
                + "coming\".");
        assertSpeaker(q.get(0), "Tom Baker", SpeakerKind.PERSON);
        List<QuoteRecord> lead = quotes("According to police, \"the suspect fled on foot.\"");
        assertSpeaker(lead.get(0), "police", SpeakerKind.DESCRIPTION);
    }

    @Test
    void dashAttribution() {
        List<QuoteRecord> q = quotes("\"Nobody is above the law\" — Attorney General Merrick Garland");
        assertOneQuote(q, "Nobody is above the law", "Merrick Garland", SpeakerKind.PERSON);
    }

    @Test
    void interruptedQuotationHasOneSpeaker() {
        List<QuoteRecord> q = quotes("\"We tried,\" Sarah Connor said. \"We failed.\"");
        assertEquals(2, q.size());
        assertSpeaker(q.get(0), "Sarah Connor", SpeakerKind.PERSON);
        assertSpeaker(q.get(1), "Sarah Connor", SpeakerKind.PERSON);
    }

    @Test
    void followOnParagraphInheritsTheSpeaker() {
        List<QuoteRecord> q = quotes("\"The results are strong,\" chief executive Tim Cook said.\n"
                + "\"We will keep investing.\"");
        assertEquals(2, q.size());
        assertSpeaker(q.get(1), "Tim Cook", SpeakerKind.PERSON);
    }

    @Test
    void multiParagraphQuotationAttributedInItsLastParagraph() {
        List<QuoteRecord> q = quotes("Striker Harry Kane spoke after training.\n"
                + "\"We know the pressure is on.\n\"We have to win on Sunday,\" he said.");
        assertEquals(2, q.size());
        assertSpeaker(q.get(0), "Harry Kane", SpeakerKind.PERSON);
        assertSpeaker(q.get(1), "Harry Kane", SpeakerKind.PERSON);
    }

    @Test
    void speakerNamedOnlyInAnEarlierSentence() {
        List<QuoteRecord> q = quotes("Judge Amy Barrett read the verdict slowly. "
                + "\"The court finds the defendant guilty,\" the judge said.");
        assertSpeaker(q.get(0), "Amy Barrett", SpeakerKind.PERSON);
    }

    @Test
    void partialQuoteInTheSpeakersSentence() {
        List<QuoteRecord> q = quotes("Mayor Karen Bass called the decision \"unprofessional\" on Friday.");
        assertEquals(1, q.size());
        assertEquals(QuoteType.PARTIAL, q.get(0).type());
        assertSpeaker(q.get(0), "Karen Bass", SpeakerKind.PERSON);
    }

    @Test
    void coordinatedSpeechVerbSharesTheFirstVerbsSubject() {
        List<QuoteRecord> q = quotes("Novartis placed two managers on leave and said it was examining "
                + "\"material weaknesses\" in its reporting.");
        assertSpeaker(q.get(0), "Novartis", SpeakerKind.ORGANIZATION);
    }

    @Test
    void participleLeadInBelongsToTheSubjectOfTheSentence() {
        List<QuoteRecord> q = quotes("Protesters outside the parliament blocked traffic for hours, chanting: "
                + "\"The people want change.\"");
        assertSpeaker(q.get(0), "Protesters outside the parliament", SpeakerKind.DESCRIPTION);
    }

    @Test
    void theyChantedGoesToThePluralGroup() {
        List<QuoteRecord> q = quotes("Nearby, loyalists shouted support for the president. "
                + "\"We will not abandon him,\" they chanted.");
        assertSpeaker(q.get(0), "loyalists", SpeakerKind.DESCRIPTION);
    }

    @Test
    void scareQuotesAttributedToNobodyAreNotQuotations() {
        assertEquals(List.of(), quotes("The army used so-called \"smart\" bombs in the raid."));
        assertEquals(List.of(), quotes("The bridge was shelled with \"smart\" bombs in the raid."));
    }

    @Test
    void titlesAndNicknamesAreNotQuotations() {
        assertEquals(List.of(), quotes("She starred in \"Game of Thrones\" for eight years."));
        assertEquals(List.of(), quotes("Dwayne \"The Rock\" Johnson arrived late."));
        // American style puts the comma inside the marks: the title still is one
        assertEquals(List.of(), quotes("She was a guest on \"Face the Nation,\" the Sunday programme."));
    }

    @Test
    void unattributedFullQuotationIsKeptWithALowConfidence() {
        List<QuoteRecord> q = quotes("The crowd fell silent.\n\"Let us pray for peace.\"");
        assertEquals(1, q.size());
        assertTrue(q.get(0).confidence() < 0.2, () -> "no cue gives it to anyone: " + q.get(0));
    }

    // ---- the failure families of the rules this model replaced (issue 7), in invented sentences

    @Test
    void continuationAfterTheAttributedQuotationKeepsItsSpeaker() {
        List<QuoteRecord> q = quotes("Judge Maria Ortega rejected the motion on Tuesday. \"This court will not be "
                + "rushed,\" she told reporters. \"We will hear every witness.\"");
        assertEquals(2, q.size());
        assertSpeaker(q.get(0), "Maria Ortega", SpeakerKind.PERSON);
        assertSpeaker(q.get(1), "Maria Ortega", SpeakerKind.PERSON);
    }

    @Test
    void unusualCueVerbBeforeItsSubject() {
        List<QuoteRecord> q = quotes("The mayor was angry. \"Nobody told us a thing,\" fumed Deputy Mayor Lena Fisk.");
        assertOneQuote(q, "Nobody told us a thing,", "Lena Fisk", SpeakerKind.PERSON);
        assertEquals("fumed", q.get(0).cue().text());
    }

    @Test
    void heavySubjectWithPartyAndStateBeforeSaid() {
        List<QuoteRecord> q = quotes("Senator Paul Whitcomb (R-Ore.), who has opposed the bill since its first "
                + "reading, said on Friday that \"this is a tax on farmers\".");
        assertOneQuote(q, "this is a tax on farmers", "Paul Whitcomb", SpeakerKind.PERSON);
    }

    @Test
    void aDocumentSpeaksForItsAuthors() {
        List<QuoteRecord> q = quotes("\"The talks were constructive and frank,\" the joint statement said.");
        assertOneQuote(q, "The talks were constructive and frank,", "the joint statement", SpeakerKind.DESCRIPTION);
        assertEquals("said", q.get(0).cue().text());
    }

    @Test
    void theRoleOfAPersonNamedBeforeIsThatPerson() {
        List<QuoteRecord> q = quotes("Ukrainian President Ivan Petrenko arrived in Vienna on Monday. \"We need "
                + "guarantees, not promises,\" the Ukrainian leader said.");
        assertOneQuote(q, "We need guarantees, not promises,", "Ivan Petrenko", SpeakerKind.PERSON);
    }

    @Test
    void aDescriptionInAppositionToANameIsThatName() {
        List<QuoteRecord> q = quotes("\"Nobody was hurt,\" said a spokeswoman for the operator, Marta Lind.");
        assertOneQuote(q, "Nobody was hurt,", "Marta Lind", SpeakerKind.PERSON);
    }

    @Test
    void aDayIsNeverTheSpeaker() {
        List<QuoteRecord> q = quotes("Monday was quiet in the harbour town. \"Nobody wants to talk,\" a "
                + "shopkeeper said.");
        assertOneQuote(q, "Nobody wants to talk,", "a shopkeeper", SpeakerKind.DESCRIPTION);
    }

    @Test
    void pronounGenderFromTheFirstNameWhenTheArticleGivesNone() {
        List<QuoteRecord> q = quotes("Chief executive Noah Brandt spoke first. Among the critics was the "
                + "photographer Ines Moreau, with two million followers. \"My pictures are not training data,\" "
                + "she posted.");
        assertOneQuote(q, "My pictures are not training data,", "Ines Moreau", SpeakerKind.PERSON);
    }

    @Test
    void worksWithoutEntityRecordsFromTheTagsAlone() {
        AnnotatedText text = pipeline.annotate("\"We tried,\" Sarah Connor said. Later Connor added: \"We failed.\"");
        List<QuoteRecord> q = extractor.extract(text, List.<EntityRecord>of());
        assertEquals(2, q.size());
        assertSpeaker(q.get(0), "Sarah Connor", SpeakerKind.PERSON);
        assertSpeaker(q.get(1), "Sarah Connor", SpeakerKind.PERSON);
    }

    @Test
    void recordsCarryExactOffsetsIdsAndConfidence() {
        String body = "Intro.\n“We will win,” said coach Eddie Howe.";
        List<QuoteRecord> q = quotes(body);
        QuoteRecord r = q.get(0);
        assertEquals("q1", r.id());
        assertEquals(r.text(), body.substring(r.start(), r.end()));
        assertEquals("Eddie Howe", body.substring(r.speaker().start(), r.speaker().end()));
        assertTrue(r.confidence() > 0.5 && r.confidence() <= 1.0);
    }

    // ---- generalisation cases found on the held-out set

    @Test
    void quotationEndingItsSentenceIsNotAttributedByTheNextSentence() {
        List<QuoteRecord> q = quotes("A council spokeswoman, Mary Ellis, said the plan was \"under review.\" "
                + "She did not say when it would be finished. Tom Hale, the mayor, had earlier asked for it.");
        assertOneQuote(q, "under review.", "Mary Ellis", SpeakerKind.PERSON);
    }

    @Test
    void nameInAppositionAfterARoleIsTheSpeaker() {
        List<QuoteRecord> q = quotes("Tom Hale pleaded guilty on Monday.\n"
                + "Hale's lawyer, Anna Brook, argued for a shorter sentence.\n"
                + "\"He is a sick man,\" she said.");
        assertOneQuote(q, "He is a sick man,", "Anna Brook", SpeakerKind.PERSON);
    }

    @Test
    void dashAttributionMayBeFollowedByTheSource() {
        List<QuoteRecord> q = quotes("\u201cThe sea is patient.\u201d \u2014 Mark Devlin, \u201cThe Long Tide\u201d");
        assertOneQuote(q, "The sea is patient.", "Mark Devlin", SpeakerKind.PERSON);
    }

    @Test
    void sheIsNotTheManWhoSpokeLast() {
        List<QuoteRecord> q = quotes("Chief executive Paul Grant posted an apology on Monday. "
                + "\"We got it wrong,\" he wrote.\n"
                + "Among the critics was photographer Lena Ortiz, who has a large following. "
                + "\"My photos are not data,\" she posted.");
        assertEquals(2, q.size());
        assertSpeaker(q.get(0), "Paul Grant", SpeakerKind.PERSON);
        assertSpeaker(q.get(1), "Lena Ortiz", SpeakerKind.PERSON);
    }

    @Test
    void gendersComeFromHonorificsAndAppositions() {
        List<QuoteRecord> q = quotes("Mr Dunn founded the firm in 1990 with his sister, Carol Hayes.\n"
                + "\"We started with nothing,\" Mr Dunn said.\n"
                + "\"I did the books,\" she said.");
        assertEquals(2, q.size());
        assertSpeaker(q.get(1), "Carol Hayes", SpeakerKind.PERSON);
    }

    @Test
    void anUnnamedWitnessIsTheSheWhoSpeaksNext() {
        List<QuoteRecord> q = quotes("Detective Inspector Ruth Kemp appealed for footage. \"Please call us,\" she said.\n"
                + "One witness, a woman who was waiting for a bus, said she heard shouting. "
                + "\"It all happened in seconds,\" she said.");
        assertEquals(2, q.size());
        assertSpeaker(q.get(1), "One witness", SpeakerKind.DESCRIPTION);
    }

    @Test
    void theOfficialTakesUpAnEarlierUnnamedOfficial() {
        List<QuoteRecord> q = quotes("Defence minister Jonas Weber said the order was signed. \"We cannot wait,\" he said.\n"
                + "A senior U.S. official welcomed the deal. \"It sends the right signal,\" the official said.");
        assertEquals(2, q.size());
        assertSpeaker(q.get(1), "A senior U.S. official", SpeakerKind.DESCRIPTION);
    }

    @Test
    void pronounBeforeAnotherNameSaysNothingAboutThatNamesGender() {
        List<QuoteRecord> q = quotes("Maria Kowal runs the farm with her husband, Piotr Nowicki.\n"
                + "He is the quiet one, Kowal says, who keeps the books. He writes down every harvest.\n"
                + "\"Piotr is the reason we survived,\" she says.");
        assertOneQuote(q, "Piotr is the reason we survived,", "Maria Kowal", SpeakerKind.PERSON);
    }

    @Test
    void introductoryPhraseNamingAPlatformIsNotTheSpeaker() {
        List<QuoteRecord> q = quotes("The singer Lena Marsh announced her retirement on Monday.\n"
                + "Writing on Facebook, she said: \"It is time to rest.\"");
        assertOneQuote(q, "It is time to rest.", "Lena Marsh", SpeakerKind.PERSON);
    }

    @Test
    void termInARelativeClauseAboutTheSpeakerIsNotSpeech() {
        List<QuoteRecord> q = quotes("\"The margins are improving,\" said analyst Tom Reyes, who rates the stock \"hold\".");
        assertOneQuote(q, "The margins are improving,", "Tom Reyes", SpeakerKind.PERSON);
    }

    @Test
    void termGlossedByTheWriterIsNotSpeech() {
        List<QuoteRecord> q = quotes("Forecasters said the floods were caused by a \"cold drop\", a pocket of cold air "
                + "stalled over the sea.");
        assertEquals(List.of(), q);
    }

    @Test
    void termDescribingTheSubjectIsNotSpeech() {
        assertEquals(List.of(), quotes("Every winter someone decides that students are \"snowflakes\"."));
    }

    @Test
    void partialQuoteGovernedByANamingVerbIsKept() {
        List<QuoteRecord> q = quotes("Coach Ana Ruiz called the defeat \"a disaster\" on Sunday.");
        assertOneQuote(q, "a disaster", "Ana Ruiz", SpeakerKind.PERSON);
    }

    @Test
    void accordingToLaterInTheSentence() {
        List<QuoteRecord> q = quotes("Negotiators made \"real headway\" in the talks, according to two diplomats "
                + "briefed on the meeting.");
        assertOneQuote(q, "real headway", "two diplomats briefed on the meeting", SpeakerKind.DESCRIPTION);
    }
}
