using Sitrep.Core.Annotation;

namespace Sitrep.Core.Coding;

/// <summary>How a trigger or toll is to be read in its sentence: an act intended or perceived, the cause a protest names, or an earlier act.</summary>
/// <remarks>Judged once per sentence while its view is built; a mention read so is left out of the view's lists.</remarks>
internal static class TriggerReading
{
    /// <summary>"a plan to demolish", "threatened to lynch", "protests would be held", "visited the wounded", "heard explosions": an act
    /// intended, feared or forecast, a reference to people an incident already hurt, or a sound perceived; not a telling of an act
    /// (a protest "to demand" still is one).</summary>
    internal static bool Intended(string text, TriggerMention t)
    {
        var back = Math.Max(0, t.Span.Start - 48);
        if (CodingWords.ReferenceBefore.IsMatch(text.AsSpan(back, t.Span.Start - back))) return true;
        var ahead = Math.Min(text.Length, t.Span.End + 48);
        if (CodingWords.ModalAfter.IsMatch(text.AsSpan(t.Span.End, ahead - t.Span.End))) return true;
        if (CodingWords.ReferringParticiple.IsMatch(text.AsSpan(t.Span.Start, t.Span.Length))
            && CodingWords.ReferringBefore.IsMatch(text.AsSpan(back, t.Span.Start - back))) return true;
        if (t.Class is "protest") return false;
        var from = Math.Max(0, t.Span.Start - 28);
        if (CodingWords.IntendedBefore.IsMatch(text.AsSpan(from, t.Span.Start - from))) return true;
        if (CodingWords.PerceivedBefore.IsMatch(text.AsSpan(back, t.Span.Start - back))) return true;
        // "a militia that fights alongside the army" says what the group does, not what it did.
        from = Math.Max(0, t.Span.Start - 24);
        return CodingWords.HabitualTrigger.IsMatch(text.AsSpan(t.Span.Start, t.Span.Length))
            && CodingWords.HabitualBefore.IsMatch(text.AsSpan(from, t.Span.Start - from));
    }

    // A cause the protest clause governs: the anchor before it with no clause break between, or the cause opening the
    // sentence ("Following the shooting of two guards, residents protested") with the anchor after it.
    internal static bool CauseOf(string text, int sentenceStart, int start, int end, List<TriggerMention> anchors)
    {
        var from = Math.Max(sentenceStart, start - 120);
        var cause = -1;
        foreach (var m in CodingWords.ProtestCauseBefore.EnumerateMatches(text.AsSpan(from, start - from)))
        {
            cause = from + m.Index;
            break;
        }
        if (cause < 0) return false;
        // "demonstrated against the decision and killed two": a verb coordinated with the protest is an act of its own.
        var word = text.AsSpan(start, Math.Min(end, text.Length) - start);
        var space = word.IndexOfAny(' ', '\n');
        if (space > 0) word = word[..space];
        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && CodingWords.CoordinatedVerbBefore.IsMatch(text.AsSpan(from, start - from))) return false;
        foreach (var a in anchors)
        {
            if (a.Span.Start <= cause && !CodingWords.ProtestClauseBreak.IsMatch(text.AsSpan(Math.Min(a.Span.End, cause), cause - Math.Min(a.Span.End, cause)))) return true;
            if (a.Span.Start >= end && cause - sentenceStart <= 35) return true;
        }
        return false;
    }

    /// <summary>"the brother of a man killed last year": a relative clause before <paramref name="at"/> tells an act before this one.</summary>
    internal static bool PriorAct(string text, int at)
    {
        var from = Math.Max(0, at - 40);
        return CodingWords.PriorRelativeBefore.IsMatch(text.AsSpan(from, at - from));
    }
}
