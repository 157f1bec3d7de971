using Sitrep.Core.Annotation;
using static Sitrep.Core.Coding.ClassificationPatterns;

namespace Sitrep.Core.Coding;

// Whether ground changed hands: the territory trigger that tells of it, or one that tells only of an attempt, part of a
// place or people taken (the codebook's fighting). The facts of ClassificationContext that read its territory words.
internal sealed partial class ClassificationContext
{
    /// <summary>The first territory trigger that tells of ground changing hands.</summary>
    public TriggerMention? TerritoryLead
    {
        get
        {
            if (!territoryDone) { territoryLead = FindTerritoryLead(); territoryDone = true; }
            return territoryLead;
        }
    }

    /// <summary>A territory verb that only an attempt or aim governs ("tried to capture"): fighting, not a change of ground.</summary>
    public TriggerMention? TerritoryAttempt
    {
        get
        {
            _ = TerritoryLead;
            return territoryAttempt;
        }
    }

    private TriggerMention? territoryAttempt;

    private TriggerMention? FindTerritoryLead()
    {
        // Whether ground was lost again is read from a trigger's whole sentence and whether it was taken completely from the
        // whole incident: each is read once, however many territory words the sentence or incident holds.
        bool?[]? lostAgain = null;
        bool? incomplete = null;
        // The lead sentence's triggers open Triggers: a second look at them would decide as the first did.
        foreach (var t in Triggers)
        {
            if (t.Class != "territory") continue;
            var at = 0;
            while (!Sentences[at].Span.Contains(t.Span)) at++;
            var s = Sentences[at];
            // Windows of the sentence, not copies: every territory word of an incident is weighed here.
            var after = s.BetweenSpan(t.Span.Start, t.Span.End + 45);
            // Partial control is not a change of territory in ACLED's sense; "IS-controlled enclave", "the liberated
            // points" describe who holds ground, not a change of it.
            var before = s.BetweenSpan(t.Span.Start - 25, t.Span.Start);
            if (PartialAfter.IsMatch(after) || PartialBefore.IsMatch(before))
            {
                // Part of a place taken ("controlled half of the town") is fighting for it, an armed clash like an attempt.
                territoryAttempt ??= t;
                continue;
            }
            if (HeldAreaAfter.IsMatch(after)
                || TheBefore.IsMatch(before) || TerritoryStillHeld.IsMatch(s.BetweenSpan(t.Span.Start - 35, t.Span.End + 4))) continue;
            // People captured, a position, post or building taken (or ground held only briefly, lost again, or by the report's own
            // words not completely), change no territory: the codebook records that as fighting, an armed clash like an attempt.
            if (TerritoryNotGroundAfter.IsMatch(s.BetweenSpan(t.Span.End, t.Span.End + 45)) || TerritoryBuildingAfter.IsMatch(s.BetweenSpan(t.Span.End, t.Span.End + 60)) || TerritoryBrieflyBefore.IsMatch(before)
                || ((lostAgain ??= new bool?[Sentences.Count])[at] ??= TerritoryLostAgain.IsMatch(s.Text))
                || (incomplete ??= TerritoryIncomplete.IsMatch(Text)))
            {
                territoryAttempt ??= t;
                continue;
            }
            var word = s.SliceSpan(t.Span);
            // "Two fighters were captured": prisoners taken, which tells no event of its own; the fighting around it decides.
            if (TerritoryParticiple.IsMatch(word) && TerritoryPeopleBefore.IsMatch(s.BetweenSpan(t.Span.Start - 60, t.Span.Start))) continue;
            // A "control point" is a checkpoint; "regime controlled villages" says who holds ground.
            if (TerritoryCheckpoint.IsMatch(word)
                || (word.StartsWith("controlled", StringComparison.OrdinalIgnoreCase) && TerritoryHolderBefore.IsMatch(s.BetweenSpan(t.Span.Start - 12, t.Span.Start))
                    && TerritoryHeldNounAfter.IsMatch(s.BetweenSpan(t.Span.Start + 10, t.Span.Start + 40)))
                || (word.StartsWith("controlled", StringComparison.OrdinalIgnoreCase) && TerritoryHolderPrepBefore.IsMatch(s.BetweenSpan(t.Span.Start - 40, t.Span.Start)))) continue;
            if (TerritoryAttemptBefore.IsMatch(s.BetweenSpan(t.Span.Start - 45, t.Span.Start)))
            {
                territoryAttempt ??= t;
                continue;
            }
            var hasPlaceAfter = PlaceWithin(s, t.Span.End, 45);
            // "taking it over", "seized control": the phrase carries its own object; "captured Kafr Nabl": a name follows.
            var selfContained = SelfContainedTerritory.IsMatch(word);
            var nameAfter = NameAfterVerb.IsMatch(s.BetweenSpan(t.Span.End, t.Span.End + 30));
            if (TerritoryObject.IsMatch(after) || hasPlaceAfter || selfContained || nameAfter) return t;
        }
        return null;
    }

    private static bool PlaceWithin(SentenceView s, int from, int width)
    {
        for (var i = 0; i < s.Places.Count; i++)
        {
            if (s.Places[i].Start >= from && s.Places[i].Start - from < width) return true;
        }
        return false;
    }
}
