namespace Sitrep.Core.Resolution;

/// <summary>A span of a source document that a field value rests on; offsets are into the raw document text.</summary>
public sealed record Evidence(string DocId, int Start, int End, string Text);

/// <summary>A version of the incident attributed to a source, with its certainty and the fields it asserts.</summary>
public sealed record Claim(string Source, string Certainty, IReadOnlyDictionary<string, object?> Asserts, Evidence Evidence);

/// <summary>How the event's place was chosen: the winning gazetteer entry, why, and the runner-up.</summary>
public sealed record GeocodingNote(string Chosen, string Why, string? RunnerUp)
{
    /// <summary>The gazetteer id of the place the event's own words name; null when the event fell back to a wider place or has none.</summary>
    public string? PlaceId { get; init; }
}

/// <summary>Why several reports' events were merged into one: one line per joined report.</summary>
public sealed record MergeNote(IReadOnlyList<string> Why);

/// <summary>A fully coded event in ACLED's schema, plus injuries, weapon, evidence, claims and the geocoding explanation.</summary>
public sealed record ResolvedEvent
{
    public required string EventId { get; init; }
    public required IReadOnlyList<string> DocIds { get; init; }
    public string EventDate { get; init; } = "";
    public int? Year { get; init; }
    public int TimePrecision { get; init; } = 1;
    public string DisorderType { get; init; } = "";
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public string Actor1 { get; init; } = "";
    public string AssocActor1 { get; init; } = "";
    public string Inter1 { get; init; } = "";
    public string Actor2 { get; init; } = "";
    public string AssocActor2 { get; init; } = "";
    public string Inter2 { get; init; } = "";
    public string Interaction { get; init; } = "";
    public string CivilianTargeting { get; init; } = "";
    public int? Iso { get; init; }
    public string Region { get; init; } = "";
    public string Country { get; init; } = "";
    public string Admin1 { get; init; } = "";
    public string Admin2 { get; init; } = "";
    public string Admin3 { get; init; } = "";
    public string Location { get; init; } = "";
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int? GeoPrecision { get; init; }
    public string Source { get; init; } = "";
    public string SourceScale { get; init; } = "";
    public string Notes { get; init; } = "";
    public int Fatalities { get; init; }
    /// <summary>The dead by side ("forces", "fighters", "people") when the report says whose they were; not written out.</summary>
    internal IReadOnlyDictionary<string, int>? FatalitiesBySide { get; init; }
    public int? Injuries { get; init; }
    /// <summary>Told in the same sentence as the incident before it, as happening elsewhere: it is never that incident; not written out.</summary>
    internal bool Elsewhere { get; init; }
    public string? Weapon { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<Evidence>> Evidence { get; init; } = new Dictionary<string, IReadOnlyList<Evidence>>();
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    public string? PrimaryClaim { get; init; }
    /// <summary>The classifier rule that chose the event type and the trigger words it rested on; null when not recorded.</summary>
    public string? Classification { get; init; }
    public GeocodingNote? Geocoding { get; init; }
    /// <summary>Problems a user should know about this event (e.g. a date guessed without a publication date).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>Set when the event joins several reports: why each was judged the same incident.</summary>
    public MergeNote? Merge { get; init; }
}
