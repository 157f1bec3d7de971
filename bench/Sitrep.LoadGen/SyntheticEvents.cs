using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Resolution;
using Sitrep.Storage;

namespace Sitrep.LoadGen;

/// <summary>Stores many synthetic one-event documents through <see cref="EventStore.Ingest"/> (the real write path, merging included).</summary>
/// <remarks>Events are spread over 1990–2026, six types and random points in six countries, so that filters by date and type select a few dozen events, as a map or list request would.</remarks>
public static class SyntheticEvents
{
    private static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
    private static readonly string[] SubTypes = ["Armed clash", "Shelling/artillery/missile attack", "Attack", "Peaceful protest", "Violent demonstration", "Arrests"];
    private static readonly (string Country, string Admin1, double Lat, double Lon)[] Areas =
    [
        ("Syria", "Idleb", 35.9, 36.6), ("Yemen", "Marib", 15.5, 45.3), ("Somalia", "Banadir", 2.1, 45.3),
        ("Kenya", "Mandera", 3.6, 41.0), ("Afghanistan", "Helmand", 31.5, 64.2), ("Ukraine", "Donetsk", 48.0, 37.8),
    ];

    private static readonly DateOnly Start = new(1990, 1, 1);
    private static readonly int Days = new DateOnly(2026, 12, 31).DayNumber - Start.DayNumber;

    /// <summary>The first and last date events can have.</summary>
    public static (DateOnly From, DateOnly To) Span => (Start, Start.AddDays(Days));

    /// <summary>Ingests until the store holds at least <paramref name="target"/> events; returns the count.</summary>
    public static long Fill(EventStore store, long target, int seed, Action<long> progress)
    {
        var random = new Random(seed);
        var n = store.TableCounts()["documents"];
        long events;
        while ((events = store.Count(new EventFilter())) < target)
        {
            var batch = new List<ProcessedDocument>(1000);
            for (var i = 0; i < Math.Min(1000, target - events); i++, n++) batch.Add(Document(random, n));
            store.Ingest(batch);
            progress(events + batch.Count);
        }

        return events;
    }

    private static ProcessedDocument Document(Random r, long n)
    {
        var type = r.Next(Types.Length);
        var area = Areas[r.Next(Areas.Length)];
        var date = Start.AddDays(r.Next(Days + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lat = Math.Round(area.Lat + r.NextDouble() * 2 - 1, 4);
        var lon = Math.Round(area.Lon + r.NextDouble() * 2 - 1, 4);
        var place = $"Place {n % 5000}";
        var text = $"On {date} an incident ({Types[type]}) was reported in {place}, {area.Admin1}, {area.Country}. Report {n}.";
        var id = $"synthetic-{n}";
        Evidence Ev(string s) => new(id, text.IndexOf(s, StringComparison.Ordinal), text.IndexOf(s, StringComparison.Ordinal) + s.Length, s);
        var e = new ResolvedEvent
        {
            EventId = $"LOAD-{n}",
            DocIds = [id],
            EventDate = date,
            Year = int.Parse(date[..4], CultureInfo.InvariantCulture),
            TimePrecision = 1,
            DisorderType = "Political violence",
            EventType = Types[type],
            SubEventType = SubTypes[type],
            Actor1 = $"Synthetic Group {r.Next(40)} ({area.Country})",
            Actor2 = r.Next(3) == 0 ? "" : $"Civilians ({area.Country})",
            Country = area.Country,
            Admin1 = area.Admin1,
            Location = place,
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = 1,
            Source = "Synthetic Wire",
            Notes = text,
            Fatalities = r.Next(10),
            Evidence = new Dictionary<string, IReadOnlyList<Evidence>> { ["event_date"] = [Ev(date)], ["location"] = [Ev(place)] },
        };
        var doc = new Document(id, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), "Synthetic Wire", null, text);
        return new ProcessedDocument(doc, ProcessedDocument.HashOf(text), [], [e]);
    }
}
