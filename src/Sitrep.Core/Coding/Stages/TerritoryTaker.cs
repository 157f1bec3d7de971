using Sitrep.Core.Annotation;

namespace Sitrep.Core.Coding.Stages;

/// <summary>Who took the ground a territory verb tells of: the subject of "captured", "took control", the agent of "fell to".</summary>
/// <remarks>ACLED tells a government's regaining from a non-state actor's overtaking by the taker alone, so the taker is
/// read from the verb's own clause, not from whoever opens the sentence ("clashes between IS and the army, where the army
/// took control of the village": the army took it).</remarks>
internal static class TerritoryTaker
{
    /// <summary>The actor mention that took the ground <paramref name="trigger"/> tells of, or null when the sentence names none.</summary>
    public static ActorMention? Find(SentenceView sentence, TriggerMention trigger)
    {
        var start = trigger.Span.Start;
        // "fell to the rebels", "captured by regime forces": the taker follows the verb.
        if (CodingWords.TakerAfterTrigger.IsMatch(sentence.Slice(trigger.Span))
            || CodingWords.TakerByAfter.IsMatch(sentence.BetweenSpan(trigger.Span.End, trigger.Span.End + 40)))
        {
            var after = sentence.Actors.FirstOrDefault(a => a.Span.Start >= trigger.Span.End && a.Span.Start - trigger.Span.End < 60);
            if (after is not null) return after;
        }
        var before = sentence.Between(sentence.Span.Start, start);
        var clause = CodingWords.TakerClauseStart.Matches(before);
        var from = clause.Count == 0 ? sentence.Span.Start : sentence.Span.Start + clause[^1].Index + clause[^1].Length;
        ActorMention? subject = null;
        foreach (var a in sentence.Actors)
        {
            if (a.Span.Start < from || a.Span.End > start) continue;
            if (NotSubject(sentence, a, from)) continue;
            subject = a;
            break;
        }
        if (subject is null)
            return sentence.Actors.FirstOrDefault(a => a.Span.End <= start && !NotSubject(sentence, a, sentence.Span.Start)) ?? sentence.Actors.FirstOrDefault(a => a.Span.End <= start);
        return subject;
    }

    /// <summary>True when the verb's clause names its taker only as "the latter", with no actor between that word and the verb:
    /// the side the fight names second took the ground.</summary>
    /// <remarks>"Clashes between IS and the army, where the latter advanced and regained control": the army.</remarks>
    public static bool ByTheLatter(SentenceView sentence, TriggerMention trigger)
    {
        var m = CodingWords.TakerAnaphor.Match(sentence.Between(sentence.Span.Start, trigger.Span.Start));
        if (!m.Success) return false;
        var from = sentence.Span.Start + m.Index + m.Length;
        return !sentence.Actors.Any(a => a.Span.Start >= from && a.Span.End <= trigger.Span.Start);
    }

    // "backed by Russian jets", "from the Islamic State", "Islamic State positions": a companion, the loser or what was hit.
    // Only the clause's own words count: "on Tuesday as the Islamic State took" has no preposition before its subject.
    private static bool NotSubject(SentenceView sentence, ActorMention a, int clauseStart) =>
        CodingWords.TakerObjectBefore.IsMatch(sentence.BetweenSpan(Math.Max(clauseStart, a.Span.Start - 40), a.Span.Start))
        || CodingWords.TakerModifierAfter.IsMatch(sentence.BetweenSpan(a.Span.End, a.Span.End + 25));
}
