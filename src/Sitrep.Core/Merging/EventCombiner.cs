using Sitrep.Core.Acled;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Merging;

/// <summary>One report's event inside a merged incident: the event as that report coded it, and why it joined.</summary>
public sealed record MergeMember(ResolvedEvent Event, string? JoinedBecause);

/// <summary>Folds the events several reports give of one incident into one event that lists all its sources.</summary>
/// <remarks>
/// The place and the other fields come from the best-placed report (lowest geo precision, then the first report), the
/// date from the most precisely dated one. Fatalities follow ACLED's most conservative credible figure over the
/// reports that state one: a report silent about deaths says nothing about the toll, it is not a 0. Injuries likewise.
/// Each report's own figures stay visible as a claim (null where it was silent), so nothing a source said is lost.
/// </remarks>
public static class EventCombiner
{
    /// <summary>The merged event of <paramref name="members"/> (in the order they joined); its id is the first member's.</summary>
    public static ResolvedEvent Combine(IReadOnlyList<MergeMember> members)
    {
        if (members.Count == 0) throw new ArgumentException("nothing to combine", nameof(members));
        if (members.Count == 1) return members[0].Event with { Merge = null };

        var first = members[0].Event;
        var best = members.Select((m, i) => (m.Event, i)).OrderBy(x => x.Event.GeoPrecision ?? 9).ThenBy(x => x.i).First().Event;
        var dated = members.Select((m, i) => (m.Event, i)).OrderBy(x => x.Event.TimePrecision).ThenBy(x => x.i).First().Event;
        var stated = members.Where(m => StatesDeaths(m.Event)).Select(m => m.Event).ToList();
        var fatalitySource = stated.Count > 0 ? stated.MinBy(e => e.Fatalities)! : best;
        var fatalities = stated.Count > 0 ? fatalitySource.Fatalities : 0;
        var injuries = members.Where(m => StatesInjuries(m.Event)).Select(m => m.Event.Injuries).Where(i => i is not null).Min();

        var evidence = new Dictionary<string, IReadOnlyList<Evidence>>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            foreach (var (field, list) in m.Event.Evidence)
            {
                evidence[field] = evidence.TryGetValue(field, out var have) ? [.. have, .. list] : list;
            }
        }

        var claims = new List<Claim>();
        foreach (var m in members)
        {
            var e = m.Event;
            claims.AddRange(e.Claims);
            claims.Add(new Claim(
                SourceName(e),
                Certainty.Reported,
                new Dictionary<string, object?>
                {
                    ["fatalities"] = StatesDeaths(e) ? e.Fatalities : null,
                    ["injuries"] = StatesInjuries(e) ? e.Injuries : null,
                    ["location"] = e.Location,
                    ["actor1"] = e.Actor1,
                    ["actor2"] = e.Actor2,
                },
                FirstEvidence(e)));
        }

        var why = new List<string>();
        foreach (var m in members.Skip(1))
        {
            why.Add($"{string.Join(",", m.Event.DocIds)} joined: {m.JoinedBecause ?? "merged by hand"}");
        }

        var silent = members.Count - stated.Count;
        var silence = silent == 0 ? "" : $"; {silent} report{(silent == 1 ? "" : "s")} silent about deaths";
        why.Add(stated.Count == 0 ? "fatalities 0: no report states a toll"
            : stated.Count > 1 && stated.Select(e => e.Fatalities).Distinct().Count() > 1
            ? $"fatalities {fatalities}: the lowest of the stated figures ({string.Join(", ", stated.Select(e => e.Fatalities))}){silence}"
            : $"fatalities {fatalities}{silence}");

        // An outlet told twice ("SOHR" and "SOHR; Reuters") is listed once.
        var sources = members.SelectMany(m => MergePolicy.Items(m.Event.Source))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return best with
        {
            EventId = first.EventId,
            EventDate = dated.EventDate,
            Year = dated.Year,
            TimePrecision = dated.TimePrecision,
            DocIds = members.SelectMany(m => m.Event.DocIds).Distinct(StringComparer.Ordinal).ToList(),
            Fatalities = fatalities,
            Injuries = injuries,
            Source = string.Join("; ", sources),
            Notes = string.Join(" | ", members.Select(m => m.Event.Notes).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)),
            Evidence = evidence,
            Claims = claims,
            PrimaryClaim = $"fields from {SourceName(best)} (the most precisely placed report); {why[^1]}",
            Warnings = members.SelectMany(m => m.Event.Warnings).Distinct(StringComparer.Ordinal).ToList(),
            Merge = new MergeNote(why),
        };
    }

    /// <summary>True when the report states a death toll (a figure or "no casualties"), as against saying nothing of deaths.</summary>
    public static bool StatesDeaths(ResolvedEvent e) => e.Evidence.TryGetValue("fatalities", out var l) && l.Count > 0;

    private static bool StatesInjuries(ResolvedEvent e) => e.Evidence.TryGetValue("injuries", out var l) && l.Count > 0;

    private static string SourceName(ResolvedEvent e) =>
        e.Source.Length > 0 ? $"{e.Source} ({string.Join(",", e.DocIds)})" : string.Join(",", e.DocIds);

    private static Evidence FirstEvidence(ResolvedEvent e)
    {
        foreach (var field in new[] { "fatalities", "event_type", "location" })
        {
            if (e.Evidence.TryGetValue(field, out var list) && list.Count > 0) return list[0];
        }

        var any = e.Evidence.Values.FirstOrDefault(l => l.Count > 0);
        return any is { Count: > 0 } ? any[0] : new Evidence(e.DocIds.FirstOrDefault() ?? "", 0, 0, "");
    }
}
