using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>A sentence of the normalised text, with the paragraph it sits in.</summary>
public sealed record Sentence(TextSpan Span, int Index, int Paragraph);

/// <summary>A date expression, resolved against the publication date.</summary>
/// <param name="Dates">One date, or several for a list ("on May 27 and May 28").</param>
/// <param name="Precision">ACLED time_precision: 1 day, 2 week, 3 month or longer.</param>
/// <param name="Background">The date dates something earlier ("since the March 5 agreement"), not the event.</param>
/// <param name="NeedsPublished">Resolved against a publication date that was not known (a guess).</param>
public sealed record DateMention(TextSpan Span, IReadOnlyList<DateOnly> Dates, int Precision, bool Background, bool Relative, bool NeedsPublished)
{
    /// <summary>A month named without its year ("in July"): too vague to make its sentence background on its own.</summary>
    public bool MonthOnly { get; init; }

    /// <summary>The day by which something was known or done ("by 27 October"): not the event's, yet no sign of background.</summary>
    public bool Deadline { get; init; }
}

/// <summary>What happened to the people a casualty phrase counts.</summary>
public enum CasualtyKind { Killed, Injured, Captured, Abducted, Arrested }

/// <summary>A counted casualty phrase: "at least 6 members ... died".</summary>
/// <param name="Count">The conservative figure ACLED's rules give the phrase.</param>
/// <param name="Uncertain">The verb does not establish death ("neutralized") or the number is vague.</param>
/// <param name="Victims">The noun phrase counted ("members of the terrorist group"), if any.</param>
/// <param name="IsTotal">A bare total ("2 fatalities", "the death toll rose to 7") that may restate counts given elsewhere.</param>
public sealed record CasualtyMention(TextSpan Span, CasualtyKind Kind, int Count, bool Uncertain, string? Victims, TextSpan? VictimSpan, bool IsTotal = false);

/// <summary>An explicit statement that nobody was killed (or hurt).</summary>
public sealed record NoCasualtyMention(TextSpan Span, bool Fatalities);

/// <summary>A figure the text itself says should be coded ("fatalities coded as 10").</summary>
public sealed record CodedFatalityMention(TextSpan Span, int Count);

/// <summary>A weapon named in the text.</summary>
public sealed record WeaponMention(TextSpan Span, string Weapon, string? SubEventHint);

/// <summary>A word or phrase that signals an event of some class.</summary>
public sealed record TriggerMention(TextSpan Span, string Class, string EventType, string SubEventType);

/// <summary>A discourse cue: certainty, source, hypothetical, statement or background.</summary>
public sealed record CueMention(TextSpan Span, string Kind, string Value);
