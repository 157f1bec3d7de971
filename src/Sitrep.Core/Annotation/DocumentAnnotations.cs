using Sitrep.Core.Documents;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>Everything the annotators found in one document; spans point into <see cref="Text"/>'s normalised text.</summary>
public sealed record DocumentAnnotations(
    Document Document,
    NormalisedText Text,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<CasualtyMention> Casualties,
    IReadOnlyList<WeaponMention> Weapons,
    IReadOnlyList<TriggerMention> Triggers,
    IReadOnlyList<CueMention> Cues,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<CountryMention> Countries,
    IReadOnlyList<PlaceMention> Places,
    Lexicons.CountryEntry? SourceCountry = null)
{
    /// <summary>The paragraph of the last sentence starting at or before <paramref name="offset"/> (0 before the first).</summary>
    public int ParagraphAt(int offset) => LastStartingAtOrBefore(Sentences, offset) is var i and >= 0 ? Sentences[i].Paragraph : 0;

    /// <summary>The index of the last of <paramref name="sentences"/> starting at or before <paramref name="offset"/>, or -1 before the first.</summary>
    public static int LastStartingAtOrBefore(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>Items of <paramref name="items"/> whose span lies inside <paramref name="span"/>.</summary>
    public static IEnumerable<T> Within<T>(IEnumerable<T> items, TextSpan span, Func<T, TextSpan> spanOf) =>
        items.Where(x => span.Contains(spanOf(x)));
}

/// <summary>Runs every annotator over a document's normalised text.</summary>
/// <param name="clock">Today, for a report without a publication date (the system clock when null).</param>
public sealed class DocumentAnnotator(ActorAnnotator actors, TriggerAnnotator triggers, WeaponAnnotator weapons, CueAnnotator cues, TimeProvider? clock = null)
{
    /// <summary>An annotator over the bundled lexicons.</summary>
    public static DocumentAnnotator LoadBundled(TimeProvider? clock = null)
    {
        // The actor table and the pattern lexicons come from separate files and take about as long each to build: on two
        // cores a cold start waits for the longer one only.
        var table = Task.Run(Lexicons.ActorTable.LoadBundled);
        var triggers = TriggerAnnotator.LoadBundled();
        var weapons = WeaponAnnotator.LoadBundled();
        var cues = CueAnnotator.LoadBundled();
        return new(new ActorAnnotator(table.GetAwaiter().GetResult()), triggers, weapons, cues, clock);
    }

    // The trigger, weapon and cue lexicons read one walk of a report's word starts (KeywordPass). Built on first use, and
    // only for batches (compiled patterns): a one-report run would pay more to build the shared trie than the walks cost.
    private readonly Lazy<Lexicons.KeywordPass?> _keywords = new(() =>
        Lexicons.RegexCompilation.Compiled ? new Lexicons.KeywordPass(triggers.Lexicon, weapons.Lexicon, cues.Lexicon) : null);

    /// <summary>The actor table behind the actor annotator.</summary>
    public Lexicons.ActorTable ActorTable => actors.Table;

    /// <summary>Normalises and annotates <paramref name="document"/>.</summary>
    /// <param name="document">The report.</param>
    /// <param name="cancel">Checked between annotators.</param>
    /// <param name="stages">Told as each annotator ends (bench profile); null in a normal run.</param>
    public DocumentAnnotations Annotate(Document document, CancellationToken cancel = default, Pipeline.IStageObserver? stages = null)
    {
        stages?.Ended(null);
        var text = TextNormaliser.Normalise(document.Text);
        var t = text.Text;
        stages?.Ended("TextNormaliser.Normalise");
        var tokens = Tokenizer.Tokenize(t);
        stages?.Ended("Tokenizer.Tokenize");
        cancel.ThrowIfCancellationRequested();
        var actorMentions = actors.Annotate(t, tokens);
        stages?.Ended("ActorAnnotator.Annotate");
        var countryMentions = actors.AnnotateCountries(t, tokens);
        var sourceCountry = actors.SourceCountry(document.Source);
        stages?.Ended("ActorAnnotator.AnnotateCountries");
        cancel.ThrowIfCancellationRequested();
        // A dateline's agency ("(Crescent Press Agency)") is the byline: neither an actor nor a place of the story.
        var agency = DateAnnotator.DatelineAgency(t);
        if (agency is { } byline) actorMentions = actorMentions.Where(a => !byline.Overlaps(a.Span)).ToList();
        // Actor names and country names are not places to geocode (the country comes from its own mention); the place a
        // communal militia is named after ("Katsina communal militias") still is one.
        var exclude = actorMentions.Select(a => a.PlaceWords is { } place ? new TextSpan(place.End, a.Span.End) : a.Span).Concat(countryMentions.Select(c => c.Span)).ToList();
        if (agency is { } excluded) exclude.Add(excluded);
        stages?.Ended(null);
        var places = PlaceAnnotator.Annotate(t, exclude);
        stages?.Ended("PlaceAnnotator.Annotate");
        cancel.ThrowIfCancellationRequested();
        var sentences = SentenceSplitter.Split(t);
        stages?.Ended("SentenceSplitter.Split");
        var dates = DateAnnotator.Annotate(t, document.Published, clock);
        stages?.Ended("DateAnnotator.Annotate");
        var casualties = CasualtyAnnotator.Annotate(t, sentences);
        stages?.Ended("CasualtyAnnotator.Annotate");
        // The shared walk is timed with the weapons, the first lexicon to read it.
        using var keywords = _keywords.Value?.Walk(t);
        var weaponMentions = weapons.Annotate(t, keywords);
        stages?.Ended("WeaponAnnotator.Annotate");
        var triggerMentions = triggers.Annotate(t, keywords);
        stages?.Ended("TriggerAnnotator.Annotate");
        var cueMentions = cues.Annotate(t, keywords);
        stages?.Ended("CueAnnotator.Annotate");
        var annotations = new DocumentAnnotations(
            document, text, sentences, dates, casualties, weaponMentions, triggerMentions, cueMentions, actorMentions, countryMentions, places, sourceCountry);
        stages?.Ended(null);
        return annotations;
    }
}
