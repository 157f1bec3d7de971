using Sitrep.Core.Resolution;

namespace Sitrep.Core.Merging;

/// <summary>One report's event inside a merged incident: the event as that report coded it, and why it joined.</summary>
public sealed record MergeMember(ResolvedEvent Event, string? JoinedBecause);

/// <summary>Folds the events several reports give of one incident into one event that lists all its sources.</summary>
/// <remarks>
/// The fields come from the best-placed report (lowest geo precision, then the first report); fatalities follow ACLED's
/// most conservative credible figure (the lowest figure among reports that state one); each report's own figures stay
/// visible as a claim, so nothing a source said is lost in the merge.
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
        var stated = members.Where(m => m.Event.Evidence.ContainsKey("fatalities")).Select(m => m.Event).ToList();
        var fatalitySource = stated.Count > 0 ? stated.MinBy(e => e.Fatalities)! : best;
        var injuries = members.Select(m => m.Event.Injuries).Where(i => i is not null).Min();

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
                "reported",
                new Dictionary<string, object?>
                {
                    ["fatalities"] = e.Fatalities,
                    ["injuries"] = e.Injuries,
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

        why.Add(stated.Count > 1 && stated.Select(e => e.Fatalities).Distinct().Count() > 1
            ? $"fatalities {fatalitySource.Fatalities}: the lowest of the reported figures ({string.Join(", ", stated.Select(e => e.Fatalities))})"
            : $"fatalities {fatalitySource.Fatalities}");

        var sources = members.Select(m => m.Event.Source).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal);
        return best with
        {
            EventId = first.EventId,
            DocIds = members.SelectMany(m => m.Event.DocIds).Distinct(StringComparer.Ordinal).ToList(),
            Fatalities = fatalitySource.Fatalities,
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
