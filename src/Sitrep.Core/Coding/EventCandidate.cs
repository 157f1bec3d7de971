using Sitrep.Core.Annotation;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding;

/// <summary>An actor in a role: a table row (maybe a generic template) and the words it came from, if any.</summary>
public sealed record ActorRole(ActorEntry Entry, TextSpan? Span, IReadOnlyList<ActorEntry>? Alternatives = null);

/// <summary>One attributed or hedged version of an incident: who says it, how sure, what it asserts, on which words.</summary>
/// <param name="Asserts">Field name → value (event_type, sub_event_type, actor1, fatalities, cause...).</param>
public sealed record ClaimCandidate(string Source, string Certainty, IReadOnlyDictionary<string, object?> Asserts, TextSpan Span, IReadOnlyList<ActorRole> Actors);

/// <summary>A coded event before resolution: ACLED coding with spans into the normalised text.</summary>
public sealed record EventCandidate
{
    public required Annotation.DocumentAnnotations Doc { get; init; }
    public DateOnly? Date { get; init; }
    public int TimePrecision { get; init; } = 1;
    public TextSpan? DateSpan { get; init; }
    public bool DateGuessed { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public TextSpan? TriggerSpan { get; init; }
    public ActorRole? Actor1 { get; init; }
    public IReadOnlyList<ActorRole> Assoc1 { get; init; } = [];
    /// <summary>For a territory change, the actor that took control (whether it is the government decides the sub-type).</summary>
    public ActorRole? TerritoryTaker { get; init; }
    public ActorRole? Actor2 { get; init; }
    public IReadOnlyList<ActorRole> Assoc2 { get; init; } = [];
    public IReadOnlyList<PlaceMention> Places { get; init; } = [];
    /// <summary>The incident says it happened away from the places told before it ("further east"): with no place of its own,
    /// it takes none of the report's.</summary>
    public bool Elsewhere { get; init; }
    public int Fatalities { get; init; }
    public IReadOnlyList<TextSpan> FatalitySpans { get; init; } = [];
    /// <summary>The dead by side when each death's side is known (<see cref="Stages.Toll.BySide"/>).</summary>
    public IReadOnlyDictionary<string, int>? FatalitiesBySide { get; init; }
    /// <summary>The toll a coder's note splits by place; the resolver gives the event its place's share (<see cref="Stages.FatalityShares"/>).</summary>
    public IReadOnlyList<Stages.FatalityShare> FatalityShares { get; init; } = [];
    /// <summary>Whether the event takes a share only for a place the note names (a later event of a split incident).</summary>
    public bool SharesNamedOnly { get; init; }
    public int? Injuries { get; init; }
    public IReadOnlyList<TextSpan> InjurySpans { get; init; } = [];
    public string? Weapon { get; init; }
    public TextSpan? WeaponSpan { get; init; }
    public IReadOnlyList<ClaimCandidate> Claims { get; init; } = [];
    public string? PrimaryClaim { get; init; }
    /// <summary>The classifier rule that chose the event type and the trigger words it rested on ("ArmedClash: 'clashed'").</summary>
    public string? Classification { get; init; }
    public TextSpan Extent { get; init; }
    public string? Source { get; init; }
    public TextSpan? SourceSpan { get; init; }
    public CountryEntry? CountryHint { get; init; }
}
