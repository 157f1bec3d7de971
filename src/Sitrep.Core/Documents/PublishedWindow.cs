namespace Sitrep.Core.Documents;

/// <summary>The publication dates accepted for a report: by default 1900-01-01 to tomorrow, so that a typed 0001 or 9999 is refused.</summary>
/// <remarks>
/// A wrong year is worse than no date: every relative date in the report resolves against it, its events land in another
/// era, and a shared timeline is squashed to show them. Tomorrow, not today, because a report's time zone may be ahead of
/// the clock's. Historians widen the window explicitly (<see cref="Any"/>).
/// </remarks>
public sealed record PublishedWindow(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>The earliest date accepted by default.</summary>
    public static readonly DateOnly DefaultEarliest = new(1900, 1, 1);

    /// <summary>
    /// Every date a report can be anchored to (for historical reports, at the caller's request): years 2 to 9998, so that
    /// "yesterday" or "last year" never steps outside the calendar.
    /// </summary>
    public static PublishedWindow Any { get; } = new(new DateOnly(2, 1, 1), new DateOnly(9998, 12, 31));

    /// <summary>1900-01-01 to tomorrow by <paramref name="clock"/>.</summary>
    public static PublishedWindow Default(TimeProvider clock) =>
        new(DefaultEarliest, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1));

    /// <summary>True when <paramref name="date"/> lies in the window (both ends included).</summary>
    public bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>Why <paramref name="published"/> is refused, or null when it is absent or inside the window.</summary>
    public string? Problem(DateOnly? published) => published is { } d && !Contains(d)
        ? $"published {d:yyyy-MM-dd} is outside the accepted dates {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}"
        : null;
}
