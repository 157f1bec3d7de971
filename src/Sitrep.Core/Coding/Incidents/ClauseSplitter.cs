using Sitrep.Core.Annotation;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding.Incidents;

/// <summary>Splits a sentence that reports two things on two days into its two clauses, so each can lead an incident.</summary>
/// <remarks>
/// A wire lead often joins two incidents: "insurgents killed three civilians near Macomia on Sunday, and troops killed
/// six militants in a clash further north on Monday". Split only where each side of a clause break (", and", ";") has
/// an event word of its own and a date of its own, and the dates differ: a list of days for one event ("on 5 and 6 May")
/// or a clause that only adds to the first ("and again on Tuesday") stays whole. In a story of several paragraphs the lead
/// also splits where its second clause moves on to another place or day in words rather than dates ("..., and a drone strike
/// killed two members of a security force further east").
/// </remarks>
internal static class ClauseSplitter
{
    /// <summary>Adds the sentence, or its two clauses (same paragraph, in order), to <paramref name="into"/>.</summary>
    /// <remarks>Loops that add to the caller's list: every sentence of every document passes here, and most stay whole, so
    /// nothing is built for them but what the test needs.</remarks>
    public static void Split(DocumentAnnotations doc, Sentence s, List<Sentence> into)
    {
        var span = s.Span;
        List<DateMention>? dates = null;
        foreach (var d in SpanIndex.StartingIn(doc.Dates, span, static d => d.Span.Start))
        {
            if (span.Contains(d.Span) && !d.Background && d.Dates.Count > 0) (dates ??= []).Add(d);
        }
        if (dates is null || dates.Count < 2 || OneDay(dates))
        {
            SplitElsewhere(doc, s, into);
            return;
        }

        var text = doc.Text.Text;
        var triggers = TriggersIn(doc, span);
        var first = dates[0];
        var second = dates.First(d => d.Dates[0] != first.Dates[0]);
        var between = text[first.Span.End..second.Span.Start];
        var m = CodingWords.ClauseBreak.Match(between);
        while (m.Success)
        {
            var cut = first.Span.End + m.Index;
            var resume = first.Span.End + m.Index + m.Length;
            if (AnyEndingBy(triggers, cut) && AnyStartingIn(triggers, resume, span.End))
            {
                into.Add(s with { Span = new TextSpan(span.Start, cut) });
                into.Add(s with { Span = new TextSpan(resume, span.End) });
                return;
            }
            m = m.NextMatch();
        }
        SplitElsewhere(doc, s, into);
    }

    private static bool OneDay(List<DateMention> dates)
    {
        foreach (var d in dates)
        {
            if (d.Dates[0] != dates[0].Dates[0]) return false;
        }
        return true;
    }

    private static List<TriggerMention> TriggersIn(DocumentAnnotations doc, TextSpan span)
    {
        var triggers = new List<TriggerMention>();
        foreach (var t in SpanIndex.StartingIn(doc.Triggers, span, static t => t.Span.Start))
        {
            if (span.Contains(t.Span)) triggers.Add(t);
        }
        return triggers;
    }

    private static bool AnyEndingBy(List<TriggerMention> triggers, int cut)
    {
        foreach (var t in triggers)
        {
            if (t.Span.End <= cut) return true;
        }
        return false;
    }

    private static bool AnyStartingIn(List<TriggerMention> triggers, int from, int to)
    {
        foreach (var t in triggers)
        {
            if (t.Span.Start >= from && t.Span.Start < to) return true;
        }
        return false;
    }

    /// <summary>The lead of a story cut where a clause with an event word of its own moves on to another place or day.</summary>
    private static void SplitElsewhere(DocumentAnnotations doc, Sentence s, List<Sentence> into)
    {
        // A one-paragraph note is one event however many places it names; only a story's lead joins incidents this way.
        if (s.Paragraph != 0 || doc.Sentences.Count == 0 || doc.Sentences[^1].Paragraph == 0)
        {
            into.Add(s);
            return;
        }
        var span = s.Span;
        var text = doc.Text.Text;
        var triggers = TriggersIn(doc, span);
        if (triggers.Count < 2)
        {
            into.Add(s);
            return;
        }
        var m = CodingWords.ClauseBreak.Match(text, span.Start, span.Length);
        while (m.Success)
        {
            var cut = m.Index;
            var resume = m.Index + m.Length;
            if (AnyEndingBy(triggers, cut) && AnyStartingIn(triggers, resume, int.MaxValue)
                && CodingWords.ClauseElsewhere.IsMatch(text[resume..span.End]))
            {
                into.Add(s with { Span = new TextSpan(span.Start, cut) });
                into.Add(s with { Span = new TextSpan(resume, span.End) });
                return;
            }
            m = m.NextMatch();
        }
        into.Add(s);
    }
}
