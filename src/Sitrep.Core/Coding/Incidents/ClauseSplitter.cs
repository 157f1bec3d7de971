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
    /// <summary>The sentence, or its two clauses (same paragraph, in order).</summary>
    public static IEnumerable<Sentence> Split(DocumentAnnotations doc, Sentence s)
    {
        var span = s.Span;
        var dates = SpanIndex.StartingIn(doc.Dates, span, static d => d.Span.Start).Where(d => span.Contains(d.Span) && !d.Background && d.Dates.Count > 0).ToList();
        var text = doc.Text.Text;
        if (dates.Count < 2 || dates.All(d => d.Dates[0] == dates[0].Dates[0]))
        {
            foreach (var part in SplitElsewhere(doc, s)) yield return part;
            yield break;
        }

        var triggers = SpanIndex.StartingIn(doc.Triggers, span, static t => t.Span.Start).Where(t => span.Contains(t.Span)).ToList();
        var first = dates[0];
        var second = dates.First(d => d.Dates[0] != first.Dates[0]);
        var between = text[first.Span.End..second.Span.Start];
        var m = CodingWords.ClauseBreak.Match(between);
        while (m.Success)
        {
            var cut = first.Span.End + m.Index;
            var resume = first.Span.End + m.Index + m.Length;
            if (triggers.Any(t => t.Span.End <= cut) && triggers.Any(t => t.Span.Start >= resume && t.Span.Start < span.End))
            {
                yield return s with { Span = new TextSpan(span.Start, cut) };
                yield return s with { Span = new TextSpan(resume, span.End) };
                yield break;
            }
            m = m.NextMatch();
        }
        foreach (var part in SplitElsewhere(doc, s)) yield return part;
    }

    /// <summary>The lead of a story cut where a clause with an event word of its own moves on to another place or day.</summary>
    private static IEnumerable<Sentence> SplitElsewhere(DocumentAnnotations doc, Sentence s)
    {
        // A one-paragraph note is one event however many places it names; only a story's lead joins incidents this way.
        if (s.Paragraph != 0 || doc.Sentences.Count == 0 || doc.Sentences[^1].Paragraph == 0)
        {
            yield return s;
            yield break;
        }
        var span = s.Span;
        var text = doc.Text.Text;
        var triggers = SpanIndex.StartingIn(doc.Triggers, span, static t => t.Span.Start).Where(t => span.Contains(t.Span)).ToList();
        if (triggers.Count < 2)
        {
            yield return s;
            yield break;
        }
        var m = CodingWords.ClauseBreak.Match(text, span.Start, span.Length);
        while (m.Success)
        {
            var cut = m.Index;
            var resume = m.Index + m.Length;
            if (triggers.Any(t => t.Span.End <= cut) && triggers.Any(t => t.Span.Start >= resume)
                && CodingWords.ClauseElsewhere.IsMatch(text[resume..span.End]))
            {
                yield return s with { Span = new TextSpan(span.Start, cut) };
                yield return s with { Span = new TextSpan(resume, span.End) };
                yield break;
            }
            m = m.NextMatch();
        }
        yield return s;
    }
}
