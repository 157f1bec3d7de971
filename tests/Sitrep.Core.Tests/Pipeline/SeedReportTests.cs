using Sitrep.Core.Documents;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Pipeline;

/// <summary>The report the project starts from (../shared/seed) must give events E1–E4 of its EXPECTED.md.</summary>
public sealed class SeedReportTests
{
    private static readonly Lazy<(Document Doc, IReadOnlyList<ResolvedEvent> Events)> Seed = new(() =>
    {
        var dir = Path.Combine(RepoPaths.Shared, "seed");
        var text = File.ReadAllText(Path.Combine(dir, "southfront-2020-05-28.txt"));
        var doc = new Document("southfront-2020-05-28", new DateOnly(2020, 5, 28), "SouthFront", null, text);
        var pipeline = SitrepPipeline.CreateDefault(Gazetteer.LoadBundled());
        return (doc, pipeline.Process(doc));
    });

    private static IReadOnlyList<ResolvedEvent> Events => Seed.Value.Events;

    private static bool IsActor(string actual, params string[] names) =>
        names.Any(n => actual.StartsWith(n, StringComparison.OrdinalIgnoreCase));

    private static ResolvedEvent E1 => Events.Single(e => e.SubEventType == "Remote explosive/landmine/IED" && e.Actor2.StartsWith("Military Forces of Turkey"));

    private static ResolvedEvent E2 => Events.Single(e => IsActor(e.Actor2, "TIP", "Turkistan Islamic Party"));

    [Fact]
    public void E1_is_an_IED_attack_on_Turkish_troops_near_Jisr_al_Shughur()
    {
        var e = E1;
        Assert.Equal("2020-05-27", e.EventDate);
        Assert.Equal(1, e.TimePrecision);
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Unidentified Armed Group (Syria)", e.Actor1);
        Assert.StartsWith("Military Forces of Turkey", e.Actor2);
        Assert.True(IsActor(e.AssocActor2, "Al Sham Corps", "Faylaq al-Sham"), $"assoc_actor_2 was '{e.AssocActor2}'");
        Assert.Equal(1, e.Fatalities);
        Assert.Equal(1, e.Injuries);
        Assert.Equal("IED", e.Weapon);
        Assert.Equal("Syria", e.Country);
        Assert.Contains(e.Admin1, new[] { "Idleb", "Idlib" });
        Assert.Equal(2, e.GeoPrecision);
        Assert.True(Km(e.Latitude!.Value, e.Longitude!.Value, 35.813, 36.318) < 5, $"E1 at {e.Latitude},{e.Longitude}");
    }

    [Fact]
    public void E1_keeps_the_reports_suspicion_of_the_TIP_as_a_likely_claim()
    {
        var claim = Assert.Single(E1.Claims, c => c.Certainty == "likely");
        Assert.True(IsActor((string)claim.Asserts["actor1"]!, "TIP", "Turkistan Islamic Party"));
        Assert.Contains("likely conducted by the TIP", claim.Evidence.Text);
        Assert.Equal("Unidentified Armed Group (Syria)", E1.Actor1);
    }

    [Fact]
    public void E2_is_one_event_with_both_attributed_versions()
    {
        var e = E2;
        Assert.Equal("2020-05-27", e.EventDate);
        Assert.Equal(6, e.Fatalities);
        var strike = Assert.Single(e.Claims, c => c.Certainty == "claimed");
        Assert.Equal("Air/drone strike", strike.Asserts["sub_event_type"]);
        Assert.StartsWith("Military Forces of Russia", (string)strike.Asserts["actor1"]!);
        Assert.Contains("pro-militant sources", strike.Source);
        var accident = Assert.Single(e.Claims, c => c.Asserts.ContainsKey("cause"));
        Assert.Equal("Other sources", accident.Source);
        Assert.Equal("Strategic developments", accident.Asserts["event_type"]);
        Assert.Contains("poor safety measures", accident.Evidence.Text);
        Assert.False(string.IsNullOrWhiteSpace(e.PrimaryClaim));
        // Never a same-named place elsewhere: in Idlib governorate, at a precision it can justify.
        Assert.Equal("Syria", e.Country);
        Assert.Contains(e.Admin1, new[] { "Idleb", "Idlib" });
        Assert.InRange(e.GeoPrecision!.Value, 1, 3);
    }

    [Fact]
    public void E3_is_the_desert_operation_one_event_per_area()
    {
        var e3 = Events.Where(e => e.EventType == "Battles").ToList();
        Assert.Equal(2, e3.Count);
        Assert.Equal(2, e3.Select(e => e.Admin1).Distinct().Count());
        foreach (var e in e3)
        {
            Assert.Equal("Armed clash", e.SubEventType);
            Assert.Equal("Military Forces of Syria (2000-)", e.Actor1);
            Assert.Contains("National Defence Forces", e.AssocActor1);
            Assert.True(e.AssocActor1.Contains("Quds"), e.AssocActor1);
            Assert.StartsWith("Islamic State", e.Actor2);
            Assert.Equal(3, e.TimePrecision);
            Assert.Equal(3, e.GeoPrecision);
            Assert.True(DateOnly.Parse(e.EventDate) <= new DateOnly(2020, 5, 28));
            Assert.Equal(0, e.Fatalities);
        }
        // "over 20 neutralized" is kept as a claim, not as a toll.
        Assert.Contains(e3[0].Claims, c => c.Asserts.TryGetValue("fatalities", out var f) && (int)f! == 20);
    }

    [Fact]
    public void E4_is_one_Russian_air_strike_event_per_day()
    {
        var e4 = Events.Where(e => e.SubEventType == "Air/drone strike" && e.Actor2.StartsWith("Islamic State")).ToList();
        Assert.Equal(new[] { "2020-05-27", "2020-05-28" }, e4.Select(e => e.EventDate).OrderBy(d => d));
        Assert.All(e4, e =>
        {
            Assert.StartsWith("Military Forces of Russia", e.Actor1);
            Assert.Equal(0, e.Fatalities);
            Assert.Equal(3, e.GeoPrecision);
        });
    }

    [Fact]
    public void Background_statements_and_hypotheticals_are_not_events()
    {
        Assert.Equal(6, Events.Count);
        Assert.DoesNotContain(Events, e => e.EventDate == "2020-03-05");
        Assert.DoesNotContain(Events, e => e.Notes.Contains("blamed") || e.Notes.Contains("redeploy") || e.Notes.Contains("ceasefire"));
    }

    [Fact]
    public void Every_evidence_span_is_the_original_text_at_its_offsets()
    {
        var raw = Seed.Value.Doc.Text;
        var spans = Events.SelectMany(e => e.Evidence.Values.SelectMany(v => v).Concat(e.Claims.Select(c => c.Evidence))).ToList();
        Assert.True(spans.Count > 20, $"only {spans.Count} evidence spans");
        foreach (var s in spans)
        {
            Assert.Equal("southfront-2020-05-28", s.DocId);
            Assert.Equal(raw.Substring(s.Start, s.End - s.Start), s.Text);
        }
        // The fields a user checks first all carry evidence.
        foreach (var field in new[] { "event_date", "actor2", "fatalities", "location", "weapon" })
            Assert.True(E1.Evidence.ContainsKey(field), $"E1 has no evidence for {field}");
    }

    private static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        static double R(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(R(lat2 - lat1) / 2), 2) + Math.Cos(R(lat1)) * Math.Cos(R(lat2)) * Math.Pow(Math.Sin(R(lon2 - lon1) / 2), 2);
        return 2 * 6371.0088 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
