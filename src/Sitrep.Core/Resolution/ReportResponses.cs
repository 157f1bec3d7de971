using Sitrep.Core.Coding;

namespace Sitrep.Core.Resolution;

/// <summary>Sets aside the measures a report tells as the answer to the violence it reports: a curfew imposed after the
/// clashes, troops deployed, fighters withdrawing after a raid or a defeat.</summary>
/// <remarks>
/// ACLED codes a curfew, a deployment or a withdrawal as a strategic development when it is the news. Told beside an attack,
/// a battle or a demonstration, it is how that incident ended or what the authorities did about it, and a second event for
/// it would count the story twice. A report that tells nothing but the measure keeps it. A transfer of ground told in its
/// own words ("took control without a fight") is no mere measure and stays. A one-paragraph note (ACLED's own summaries)
/// is left as it is: it tells one event, and the rule is about the story around an incident.
/// </remarks>
public static class ReportResponses
{
    /// <summary><paramref name="events"/> without the measures that answer the violence among them.</summary>
    /// <param name="events">A report's events.</param>
    /// <param name="story">The report has several paragraphs.</param>
    public static IReadOnlyList<ResolvedEvent> SetAside(IReadOnlyList<ResolvedEvent> events, bool story)
    {
        if (!story || events.Count < 2 || !events.Any(e => e.EventType != Acled.EventType.StrategicDevelopments.Name)) return events;
        var kept = events.Where(e => !IsMeasure(e)).ToList();
        return kept.Count == events.Count ? events : kept;
    }

    /// <summary>A strategic development decided by a measure's trigger word alone.</summary>
    public static bool IsMeasure(ResolvedEvent e)
    {
        if (e.EventType != Acled.EventType.StrategicDevelopments.Name) return false;
        var rule = e.Classification ?? "";
        if (!rule.StartsWith("ChangeTrigger", StringComparison.Ordinal) && !rule.StartsWith("TransferTrigger", StringComparison.Ordinal)) return false;
        return e.Evidence.TryGetValue("event_type", out var words) && words.Count > 0
            && words.All(w => CodingWords.ResponseMeasure.IsMatch(w.Text.Trim()));
    }
}
