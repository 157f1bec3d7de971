using Sitrep.Core.Annotation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding;

/// <summary>The annotations of one sentence, with the discourse flags the coder needs.</summary>
public sealed class SentenceView
{
    private static readonly HashSet<string> EventClasses =
        ["clash", "territory", "air", "shelling", "ied", "suicide", "grenade", "chemical", "protest", "riot", "mob", "kill", "attack", "abduct", "sexual", "arrest", "agreement", "change", "disrupted", "hq", "loot", "transfer"];

    /// <summary>Builds the view of <paramref name="sentence"/> over <paramref name="doc"/>.</summary>
    public SentenceView(DocumentAnnotations doc, Sentence sentence)
    {
        Sentence = sentence;
        var span = sentence.Span;
        Text = doc.Text.Text[span.Start..span.End];
        Cues = doc.Cues.Where(c => span.Contains(c.Span)).ToList();
        var sourceSpans = Cues.Where(c => c.Kind == "source").Select(c => c.Span).ToList();
        Triggers = doc.Triggers.Where(t => span.Contains(t.Span) && EventClasses.Contains(t.Class) && !sourceSpans.Any(s => s.Overlaps(t.Span))
            && !Intended(doc.Text.Text, t)).ToList();
        Dates = doc.Dates.Where(d => span.Contains(d.Span)).ToList();
        Casualties = doc.Casualties.Where(c => span.Contains(c.Span)).ToList();
        Weapons = doc.Weapons.Where(w => span.Contains(w.Span)).ToList();
        Actors = doc.Actors.Where(a => span.Contains(a.Span) && !sourceSpans.Any(s => s.Contains(a.Span))).ToList();
        SourceActors = doc.Actors.Where(a => span.Contains(a.Span) && sourceSpans.Any(s => s.Contains(a.Span))).ToList();
        Places = doc.Places.Where(p => p.Start >= span.Start && p.End <= span.End).ToList();
        Countries = doc.Countries.Where(c => span.Contains(c.Span)).ToList();
        // A hypothetical or a statement governs what follows it: "warned they would attack" is not an attack, but
        // "protested plans to ..." is a protest, and "riots called for by ..." are riots.
        var firstTrigger = Triggers.Count > 0 ? Triggers.Min(t => t.Span.Start) : int.MaxValue;
        IsHypothetical = Cues.Any(c => c.Kind == "hypothetical" && c.Span.Start < firstTrigger) && !Dates.Any(d => !d.Background);
        IsStatement = Cues.Any(c => c.Kind == "statement" && c.Span.Start < firstTrigger);
        IsBackground = Cues.Any(c => c.Kind == "background") || (Dates.Count > 0 && Dates.All(d => d.Background));
        Certainty = Cues.Where(c => c.Kind == "certainty").Select(c => c.Value).ToList();
    }

    /// <summary>"a plan to demolish", "threatened to lynch": an act intended or feared, not done (a protest "to demand" still is one).</summary>
    private static bool Intended(string text, TriggerMention t)
    {
        if (t.Class is "protest" or "riot") return false;
        var from = Math.Max(0, t.Span.Start - 14);
        var before = text[from..t.Span.Start];
        return Sitrep.Core.Text.Patterns.IsMatch(before, @"\b(?:plans? to|planned to|threat\w* to|vow\w* to|intend\w* to|would|will)\s+$");
    }

    public Sentence Sentence { get; }
    public string Text { get; }
    public TextSpan Span => Sentence.Span;
    public IReadOnlyList<CueMention> Cues { get; }
    public IReadOnlyList<TriggerMention> Triggers { get; }
    public IReadOnlyList<DateMention> Dates { get; }
    public IReadOnlyList<CasualtyMention> Casualties { get; }
    public IReadOnlyList<WeaponMention> Weapons { get; }
    public IReadOnlyList<ActorMention> Actors { get; }
    public IReadOnlyList<ActorMention> SourceActors { get; }
    public IReadOnlyList<Geocoding.PlaceMention> Places { get; }
    public IReadOnlyList<CountryMention> Countries { get; }
    public bool IsHypothetical { get; }
    public bool IsStatement { get; }
    public bool IsBackground { get; }
    public IReadOnlyList<string> Certainty { get; }

    /// <summary>Event dates stated in this sentence (not background).</summary>
    public IEnumerable<DateMention> EventDates => Dates.Where(d => !d.Background);

    /// <summary>True when the sentence hedges or attributes what it says to someone.</summary>
    public bool IsAttributed => Certainty.Any(c => c is "claimed" or "likely" or "denied")
        || (Certainty.Contains("reported") && Cues.Any(c => c.Kind == "source") && !Certainty.Contains("confirmed"));

    /// <summary>Local text around an absolute span, relative to the sentence.</summary>
    public string Slice(TextSpan s) => Text[(s.Start - Span.Start)..(s.End - Span.Start)];

    /// <summary>Sentence text between two absolute offsets.</summary>
    public string Between(int from, int to)
    {
        from = Math.Clamp(from, Span.Start, Span.End);
        to = Math.Clamp(to, Span.Start, Span.End);
        return to <= from ? "" : Text[(from - Span.Start)..(to - Span.Start)];
    }
}
