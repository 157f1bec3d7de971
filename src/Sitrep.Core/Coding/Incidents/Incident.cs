namespace Sitrep.Core.Coding.Incidents;

/// <summary>One thing that happened, as the report tells it: its lead sentence, the sentences that add to it, and the claims about it.</summary>
internal sealed class Incident
{
    public required SentenceView Lead { get; init; }

    public List<SentenceView> Main { get; } = [];

    public List<SentenceView> ClaimSentences { get; } = [];

    /// <summary>The incident this one follows on from ("the gunmen then rode to ..."): its dates stand when this one names none.</summary>
    public Incident? FollowsOn { get; init; }

    /// <summary>Told as happening away from, or a day after, the incident told just before it in the same paragraph ("..., and a
    /// drone strike killed two further east", "The following day, gunmen killed five"): none of that incident's places or dates are its own.</summary>
    public bool MovesOn { get; init; }

    public int Paragraph => Lead.Sentence.Paragraph;

    /// <summary>True when <paramref name="span"/> lies in one of the incident's claims rather than its own account.</summary>
    public bool InClaim(Text.TextSpan span)
    {
        foreach (var s in ClaimSentences)
        {
            if (s.Span.Contains(span)) return true;
        }
        return false;
    }
}
