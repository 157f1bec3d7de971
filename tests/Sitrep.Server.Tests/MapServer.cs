using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Resolution;
using Sitrep.Storage;

namespace Sitrep.Server.Tests;

/// <summary>
/// The real server over a store filled, through the real write path, with events laid out for the map's checks: twelve
/// in Syria on distinct days, three at one point in Kenya, two that could not be placed, and one whose claim holds a
/// very long unbroken word.
/// </summary>
public sealed class MapServer : BrowserServer
{
    /// <summary>The three events at one point.</summary>
    public static readonly string[] Stacked = ["MAP-stack-0", "MAP-stack-1", "MAP-stack-2"];

    /// <summary>The event with the long claim.</summary>
    public const string LongClaim = "MAP-syria-11";

    /// <summary>Events in the store, placed or not.</summary>
    public const int Total = 17;

    private static readonly (string Name, double Lat, double Lon, string Admin1)[] SyrianTowns =
    [
        ("Saraqib", 35.86, 36.80, "Idleb"), ("Ariha", 35.81, 36.61, "Idleb"), ("Jisr al-Shughur", 35.81, 36.32, "Idleb"),
        ("Maarrat al-Numan", 35.64, 36.67, "Idleb"), ("Atarib", 36.14, 36.83, "Aleppo"), ("Darat Izza", 36.28, 36.85, "Aleppo"),
        ("Kafr Nabl", 35.61, 36.56, "Idleb"), ("Sarmada", 36.18, 36.72, "Idleb"), ("Khan Shaykhun", 35.44, 36.65, "Idleb"),
        ("Al-Bab", 36.37, 37.52, "Aleppo"), ("Manbij", 36.53, 37.95, "Aleppo"), ("Tadif", 36.35, 37.53, "Aleppo"),
    ];

    protected override void Seed(string db)
    {
        using var store = EventStore.Open(StoreTarget.Parse(db));
        var docs = new List<ProcessedDocument>();
        for (var i = 0; i < SyrianTowns.Length; i++)
        {
            var (name, lat, lon, admin1) = SyrianTowns[i];
            docs.Add(Doc($"MAP-syria-{i}", new DateOnly(2024, 1, 5).AddDays(9 * i), "Syria", admin1, name, lat, lon,
                i == 11 ? "Pro-government outlets claimed that " + new string('x', 180) + " fighters were killed." : null));
        }

        for (var i = 0; i < Stacked.Length; i++) docs.Add(Doc(Stacked[i], new DateOnly(2024, 2, 1).AddDays(20 * i), "Kenya", "Mandera", "Mandera", 3.9366, 41.8670, null));
        docs.Add(Doc("MAP-unplaced-0", new DateOnly(2024, 3, 2), "Syria", "", "", null, null, null));
        docs.Add(Doc("MAP-unplaced-1", new DateOnly(2024, 3, 20), "", "", "", null, null, null));
        store.Ingest(docs);
    }

    private static ProcessedDocument Doc(string id, DateOnly date, string country, string admin1, string location, double? lat, double? lon, string? claim)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var where = location.Length > 0 ? $"in {location}" : "somewhere in the north";
        var text = $"Armed men attacked a village {where} on {day}, killing two people, residents said." + (claim is null ? "" : " " + claim);
        var e = new ResolvedEvent
        {
            EventId = id,
            DocIds = [id],
            EventDate = day,
            Year = date.Year,
            DisorderType = "Political violence",
            EventType = "Violence against civilians",
            SubEventType = "Attack",
            Actor1 = "Unidentified Armed Group",
            Actor2 = "Civilians",
            Country = country,
            Admin1 = admin1,
            Location = location,
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = lat is null ? null : 1,
            Source = "Map Test Wire",
            Notes = text,
            Fatalities = 2,
            Evidence = new Dictionary<string, IReadOnlyList<Evidence>> { ["event_date"] = [new Evidence(id, text.IndexOf(day, StringComparison.Ordinal), text.IndexOf(day, StringComparison.Ordinal) + day.Length, day)] },
            Claims = claim is null ? [] :
            [
                new Claim("Pro-government outlets", "claimed", new Dictionary<string, object?> { ["fatalities"] = claim },
                    new Evidence(id, text.IndexOf(claim, StringComparison.Ordinal), text.Length, claim)),
            ],
        };
        return new ProcessedDocument(new Document(id, date, "Map Test Wire", null, text), ProcessedDocument.HashOf(text), [], [e]);
    }
}
