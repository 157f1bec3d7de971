using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding;

/// <summary>The annotations of one sentence, with the discourse flags the coder needs.</summary>
public sealed class SentenceView
{
    // Written as loops over the document's lists: a view is built for every sentence of every document, and the
    // LINQ chains it replaced cost more than the coding that follows.
    /// <summary>Builds the view of <paramref name="sentence"/> over <paramref name="doc"/>.</summary>
    public SentenceView(DocumentAnnotations doc, Sentence sentence)
    {
        Sentence = sentence;
        var span = sentence.Span;
        var text = doc.Text.Text;
        Text = text[span.Start..span.End];
        var cues = new List<CueMention>();
        var certainty = new List<string>();
        var hasSource = false;
        var hasBackgroundCue = false;
        var hasNegation = false;
        foreach (var c in SpanIndex.StartingIn(doc.Cues, span, static c => c.Span.Start))
        {
            if (!span.Contains(c.Span)) continue;
            cues.Add(c);
            if (c.Kind == "source") hasSource = true;
            else if (c.Kind == "certainty") certainty.Add(c.Value);
            else if (c.Kind == "background") hasBackgroundCue = true;
            else if (c.Kind == "negation") hasNegation = true;
        }
        Cues = cues;
        Certainty = certainty;
        HasSourceCue = hasSource;

        // "A protest was announced, but nobody turned up": no protest took place.
        var nobodyCame = false;
        if (hasNegation)
        {
            foreach (var c in cues)
            {
                if (c.Kind == "negation" && CodingWords.NobodyCame.IsMatch(text.AsSpan(c.Span.Start, c.Span.Length))) { nobodyCame = true; break; }
            }
        }
        var triggers = new List<TriggerMention>();
        var firstTrigger = int.MaxValue;
        foreach (var t in SpanIndex.StartingIn(doc.Triggers, span, static t => t.Span.Start))
        {
            // Every class of the trigger lexicon is an event class: a new row needs no list here to be seen.
            if (!span.Contains(t.Span)) continue;
            if (hasSource && AnyCue(cues, "source", t.Span, overlap: true)) continue;
            // "No clashes were reported": a trigger inside a negation reports nothing.
            if (hasNegation && AnyCue(cues, "negation", t.Span, overlap: true)) continue;
            if (nobodyCame && t.Class == "protest") continue;
            if (TriggerReading.Intended(text, t)) continue;
            triggers.Add(t);
            if (t.Span.Start < firstTrigger) firstTrigger = t.Span.Start;
        }
        // "Police arrested two men who had killed a shopkeeper": the killing is what the men did before; the arrest is the
        // event. Dropped only beside an act told in the sentence itself, so a sentence of one prior act still tells it.
        // Loops, not lambdas: a lambda over the sentence's text made every view allocate a closure, whether it ran or not.
        var casualties = Within(doc.Casualties, span, static c => c.Span, static c => c.Span.Start);
        var prior = 0;
        foreach (var t in triggers)
        {
            if (TriggerReading.PriorAct(text, t.Span.Start)) prior++;
        }
        if (prior > 0 && prior < triggers.Count)
        {
            for (var i = triggers.Count - 1; i >= 0; i--)
            {
                if (TriggerReading.PriorAct(text, triggers[i].Span.Start)) triggers.RemoveAt(i);
            }
            for (var i = casualties.Count - 1; i >= 0; i--)
            {
                if (TriggerReading.PriorAct(text, casualties[i].Span.Start)) casualties.RemoveAt(i);
            }
        }
        // "Residents protested the killing of a driver", "Following an attack by robbers, villagers protest": what a protest
        // or riot answers is its cause, an earlier act; the gathering is the event. Dropped only beside a protest or riot the
        // sentence tells in the same clause as the cause (or after a cause that opens the sentence), so "police shot dead two
        // men after a protest" and "protesters were dispersed, and two men were shot after a crowd looted a store" keep theirs.
        List<TriggerMention>? anchors = null;
        foreach (var t in triggers)
        {
            if (t.Class == "riot" || (t.Class == "protest" && CodingWords.ProtestAnchorWord.IsMatch(text.AsSpan(t.Span.Start, t.Span.Length)))) (anchors ??= []).Add(t);
        }
        if (anchors is not null)
        {
            var causes = false;
            for (var i = triggers.Count - 1; i >= 0; i--)
            {
                var t = triggers[i];
                if (t.Class is not ("protest" or "riot") && TriggerReading.CauseOf(text, span.Start, t.Span.Start, t.Span.End, anchors)) { triggers.RemoveAt(i); causes = true; }
            }
            if (causes)
            {
                for (var i = casualties.Count - 1; i >= 0; i--)
                {
                    if (TriggerReading.CauseOf(text, span.Start, casualties[i].Span.Start, casualties[i].Span.End, anchors)) casualties.RemoveAt(i);
                }
            }
        }
        Triggers = triggers;

        var dates = new List<DateMention>();
        var eventDates = new List<DateMention>();
        foreach (var d in SpanIndex.StartingIn(doc.Dates, span, static d => d.Span.Start))
        {
            if (!span.Contains(d.Span)) continue;
            dates.Add(d);
            // "..., which captured Goma in January, has since expanded": beside a background cue a month-only date is the
            // history's date; only a day dates an event there.
            if (!d.Background && !(hasBackgroundCue && d.Precision >= 3)) eventDates.Add(d);
        }
        Dates = dates;
        _eventDates = eventDates;
        Casualties = casualties;
        Weapons = Within(doc.Weapons, span, static w => w.Span, static w => w.Span.Start);
        var actors = new List<ActorMention>();
        var sourceActors = new List<ActorMention>();
        foreach (var a in SpanIndex.StartingIn(doc.Actors, span, static a => a.Span.Start))
        {
            if (!span.Contains(a.Span)) continue;
            if (hasSource && AnyCue(cues, "source", a.Span, overlap: false)) sourceActors.Add(a);
            else actors.Add(a);
        }
        Actors = actors;
        SourceActors = sourceActors;
        var places = new List<Geocoding.PlaceMention>();
        foreach (var p in SpanIndex.StartingIn(doc.Places, span, static p => p.Start))
        {
            if (p.Start >= span.Start && p.End <= span.End) places.Add(p);
        }
        Places = places;
        Countries = Within(doc.Countries, span, static c => c.Span, static c => c.Span.Start);
        // A hypothetical or a statement governs what follows it: "warned they would attack" is not an attack, but
        // "protested plans to ..." is a protest, and "riots called for by ..." are riots.
        var hypothetical = false;
        var statement = false;
        foreach (var c in cues)
        {
            if (c.Span.Start >= firstTrigger) continue;
            if (c.Kind == "hypothetical") hypothetical = true;
            else if (c.Kind == "statement") statement = true;
        }
        // "called for a rally on Friday": a weekday in a plan names the coming day, not a past one.
        IsHypothetical = hypothetical && eventDates.All(d => d.Relative);
        IsStatement = statement;
        IsNegated = hasNegation;
        // "The clashes follow violence in September", "35 names recorded by 27 October": a month alone or a deadline sets its
        // own date aside, not the sentence.
        OnlyBackgroundDates = eventDates.Count == 0 && dates.Exists(d => !d.MonthOnly && !d.Deadline);
        IsBackground = hasBackgroundCue || OnlyBackgroundDates;
    }

    private static List<T> Within<T>(IReadOnlyList<T> items, TextSpan span, Func<T, TextSpan> spanOf, Func<T, int> startOf)
    {
        var list = new List<T>();
        foreach (var x in SpanIndex.StartingIn(items, span, startOf))
        {
            if (span.Contains(spanOf(x))) list.Add(x);
        }
        return list;
    }

    private static bool AnyCue(List<CueMention> cues, string kind, TextSpan s, bool overlap)
    {
        foreach (var c in cues)
        {
            if (c.Kind == kind && (overlap ? c.Span.Overlaps(s) : c.Span.Contains(s))) return true;
        }
        return false;
    }

    private readonly List<DateMention> _eventDates;

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

    /// <summary>Every date of the sentence lies outside the report's window (before it, or planned after it).</summary>
    public bool OnlyBackgroundDates { get; }

    /// <summary>The sentence says an event did not happen ("no clashes were reported").</summary>
    public bool IsNegated { get; }
    public IReadOnlyList<string> Certainty { get; }

    /// <summary>Event dates stated in this sentence (not background).</summary>
    public IEnumerable<DateMention> EventDates => _eventDates;

    /// <summary>Event dates stated in this sentence, as a list.</summary>
    internal IReadOnlyList<DateMention> EventDateList => _eventDates;

    /// <summary>The first of <paramref name="views"/> that holds <paramref name="span"/>, if any.</summary>
    /// <remarks>A loop by index: the rules ask this for every trigger they weigh, and a lambda over the interface allocated
    /// a closure, a delegate and an enumerator each time.</remarks>
    internal static SentenceView? Holding(IReadOnlyList<SentenceView> views, TextSpan span)
    {
        for (var i = 0; i < views.Count; i++)
        {
            if (views[i].Span.Contains(span)) return views[i];
        }
        return null;
    }

    /// <summary>The mentions of several sentences in order (a loop: SelectMany(...).ToList() cost more than the lists were worth).</summary>
    internal static List<T> Flatten<T>(IReadOnlyList<SentenceView> views, Func<SentenceView, IReadOnlyList<T>> of)
    {
        var count = 0;
        for (var i = 0; i < views.Count; i++) count += of(views[i]).Count;
        var list = new List<T>(count);
        for (var i = 0; i < views.Count; i++) list.AddRange(of(views[i]));
        return list;
    }

    /// <summary>True when the sentence states an event date.</summary>
    internal bool HasEventDates => _eventDates.Count > 0;

    /// <summary>True when some cue of the sentence names a source.</summary>
    internal bool HasSourceCue { get; }

    /// <summary>True when the sentence hedges or attributes what it says to someone.</summary>
    public bool IsAttributed => Certainty.Any(Acled.Certainty.IsHedged)
        || (Certainty.Contains(Acled.Certainty.Reported) && HasSourceCue && !Certainty.Contains(Acled.Certainty.Confirmed));

    /// <summary>Local text around an absolute span, relative to the sentence.</summary>
    public string Slice(TextSpan s) => Text[(s.Start - Span.Start)..(s.End - Span.Start)];

    /// <summary>Local text around an absolute span, without a copy (for a regex test).</summary>
    internal ReadOnlySpan<char> SliceSpan(TextSpan s) => Text.AsSpan()[(s.Start - Span.Start)..(s.End - Span.Start)];

    /// <summary>Sentence text between two absolute offsets (clamped to the sentence), without a copy (for a regex test).</summary>
    internal ReadOnlySpan<char> BetweenSpan(int from, int to)
    {
        from = Math.Clamp(from, Span.Start, Span.End);
        to = Math.Clamp(to, Span.Start, Span.End);
        return to <= from ? default : Text.AsSpan(from - Span.Start, to - from);
    }

    /// <summary>Sentence text between two absolute offsets.</summary>
    public string Between(int from, int to) => BetweenSpan(from, to).ToString();
}
