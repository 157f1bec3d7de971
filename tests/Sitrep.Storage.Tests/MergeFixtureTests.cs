using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Documents;
using Xunit.Abstractions;

namespace Sitrep.Storage.Tests;

/// <summary>
/// The merge fixture (Fixtures/merge-fixture.jsonl, written for Sitrep): incidents told by several outlets and near
/// misses, ingested through the real pipeline into a real store; pairwise precision and recall of the grouping.
/// </summary>
public sealed class MergeFixtureTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-fixture-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The fixture's reports with the incident each belongs to.</summary>
    internal static List<(Document Doc, string Incident)> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Sitrep.Storage.Tests", "Fixtures", "merge-fixture.jsonl");
        var list = new List<(Document, string)>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            var o = JsonDocument.Parse(line).RootElement;
            var published = DateOnly.ParseExact(o.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            list.Add((new Document(o.GetProperty("id").GetString()!, published, o.GetProperty("source").GetString(), null, o.GetProperty("text").GetString()!),
                o.GetProperty("incident").GetString()!));
        }

        return list;
    }

    [Fact]
    public void Reports_of_one_incident_merge_and_near_misses_do_not()
    {
        var fixture = Load();
        var incidents = fixture.GroupBy(f => f.Incident).ToList();
        // The fixture is what the issue asks for: at least 25 incidents told by 2-5 outlets, and at least 25 near misses.
        Assert.True(incidents.Count(g => g.Count() is >= 2 and <= 5) >= 25, "fewer than 25 multi-outlet incidents");
        Assert.True(incidents.Count(g => g.Count() == 1) >= 25, "fewer than 25 near misses");

        using var store = EventStore.Open(StoreTarget.Sqlite(Path.Combine(_dir, "fixture.db")));
        store.Ingest(fixture.Select(f => Reports.Process(f.Doc)).ToList());

        // Each report's incidents in the store (a report that yields no event joins nothing and counts as apart).
        var stored = fixture.Select(f => store.GetDocument(f.Doc.Id)!.EventIds.ToHashSet(StringComparer.Ordinal)).ToList();
        int tp = 0, fp = 0, fn = 0;
        var wrong = new List<string>();
        for (var i = 0; i < fixture.Count; i++)
        {
            for (var j = i + 1; j < fixture.Count; j++)
            {
                var gold = fixture[i].Incident == fixture[j].Incident;
                var merged = stored[i].Overlaps(stored[j]);
                if (gold && merged) tp++;
                else if (merged) { fp++; wrong.Add($"merged apart: {fixture[i].Doc.Id} + {fixture[j].Doc.Id}"); }
                else if (gold) { fn++; wrong.Add($"not merged: {fixture[i].Doc.Id} + {fixture[j].Doc.Id}"); }
            }
        }

        var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"merge fixture: {fixture.Count} reports, {incidents.Count} incidents; pairwise precision {precision:P1} ({tp}/{tp + fp}), recall {recall:P1} ({tp}/{tp + fn})"));
        foreach (var w in wrong) output.WriteLine(w);
        Assert.True(precision >= 0.98, $"pairwise precision {precision:P1}: {string.Join("; ", wrong.Where(w => w.StartsWith("merged", StringComparison.Ordinal)))}");
        Assert.True(recall >= 0.90, $"pairwise recall {recall:P1}: {string.Join("; ", wrong.Where(w => w.StartsWith("not", StringComparison.Ordinal)))}");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
