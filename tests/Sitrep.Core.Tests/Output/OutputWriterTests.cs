using System.Text;
using System.Text.Json;
using Sitrep.Core.Output;
using Sitrep.Core.Resolution;
using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Output;

public class AcledCsvWriterTests
{
    private static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        var fieldStarted = false;
        while (i < csv.Length)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    quoted = false; i++; continue;
                }
                field.Append(c); i++; continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 && !fieldStarted:
                    quoted = true; fieldStarted = true; i++; break;
                case '"':
                    throw new FormatException($"stray quote at {i}");
                case ',':
                    row.Add(field.ToString()); field.Clear(); fieldStarted = false; i++; break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n':
                    i++; break;
                case '\n':
                    row.Add(field.ToString()); field.Clear(); fieldStarted = false; rows.Add(row); row = []; i++; break;
                default:
                    field.Append(c); fieldStarted = true; i++; break;
            }
        }
        if (quoted) throw new FormatException("unterminated quoted field");
        if (field.Length > 0 || row.Count > 0 || fieldStarted) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }

    [Fact]
    public void ColumnsAreAcledsInOrder()
    {
        Assert.Equal(AcledColumns, AcledCsvWriter.Columns);
        Assert.Equal(string.Join(',', AcledColumns), AcledCsvWriter.Header);
    }

    [Fact]
    public void AwkwardValuesRoundTripThroughAnRfc4180Reader()
    {
        var e = new ResolvedEvent
        {
            EventId = "SITREP-x1",
            DocIds = ["d1"],
            EventDate = "2020-05-27",
            Year = 2020,
            EventType = "Battles",
            SubEventType = "Armed clash",
            Actor1 = "Military Forces of Syria (2000-)",
            AssocActor1 = "NDF; Liwa al-Quds",
            Actor2 = "Rebels, \"moderate\" ones",
            Location = "Kafr Nabl",
            Latitude = 35.61234567,
            Longitude = -36.5,
            Notes = "Line one, with a comma.\nLine two with \"quotes\" and\r\na CRLF.",
            Fatalities = 4,
        };
        var csv = AcledCsvWriter.Header + "\n" + AcledCsvWriter.ToLine(e) + "\n";
        var rows = ParseCsv(csv);
        Assert.Equal(2, rows.Count);
        Assert.Equal(AcledColumns, rows[0]);
        var r = rows[1];
        Assert.Equal(AcledColumns.Length, r.Count);
        string Col(string name) => r[Array.IndexOf(AcledColumns, name)];
        Assert.Equal("SITREP-x1", Col("event_id_cnty"));
        Assert.Equal("2020", Col("year"));
        Assert.Equal("Rebels, \"moderate\" ones", Col("actor2"));
        Assert.Equal("NDF; Liwa al-Quds", Col("assoc_actor_1"));
        Assert.Equal(e.Notes, Col("notes"));
        Assert.Equal("35.6123", Col("latitude"));
        Assert.Equal("-36.5", Col("longitude"));
        Assert.Equal("4", Col("fatalities"));
        Assert.Equal("", Col("iso"));
        Assert.Equal("", Col("geo_precision"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void TextCellsThatASpreadsheetWouldRunAreNeutralised(string hostile)
    {
        var e = new ResolvedEvent
        {
            EventId = "E1", DocIds = ["d"], EventType = "Riots", SubEventType = "Mob violence", Actor1 = hostile, Notes = hostile, Source = hostile, Location = hostile,
            Latitude = -12.5, Longitude = -45.25, Fatalities = 0,
        };
        var r = ParseCsv(AcledCsvWriter.Header + "\n" + AcledCsvWriter.ToLine(e) + "\n")[1];
        string Col(string name) => r[Array.IndexOf(AcledColumns, name)];
        foreach (var name in new[] { "actor1", "notes", "source", "location" })
            Assert.Equal("'" + hostile, Col(name));
        // Numbers the writer formats keep their sign: a coordinate is not a formula.
        Assert.Equal("-12.5", Col("latitude"));
        Assert.Equal("-45.25", Col("longitude"));
    }

    [Fact]
    public void OrdinaryTextIsNotTouchedByTheFormulaGuard()
    {
        Assert.Equal("Military Forces of Syria (2000-)", AcledCsvWriter.Neutralise("Military Forces of Syria (2000-)"));
        Assert.Equal("a = b", AcledCsvWriter.Neutralise("a = b"));
        Assert.Equal("", AcledCsvWriter.Neutralise(""));
    }

    [Fact]
    public void PlainValuesAreNotQuoted()
    {
        var line = AcledCsvWriter.ToLine(new ResolvedEvent { EventId = "E1", DocIds = ["d"], EventType = "Protests", SubEventType = "Peaceful protest" });
        Assert.DoesNotContain('"', line);
        Assert.Equal(AcledColumns.Length - 1, line.Count(c => c == ','));
    }

    [Fact]
    public void PipelineEventsWriteOneRowEach()
    {
        var events = TestPipeline.Run("Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib on May 25 and May 26. Four soldiers were killed, a monitor said, \"in heavy fighting\".");
        var csv = AcledCsvWriter.Header + "\n" + string.Concat(events.Select(e => AcledCsvWriter.ToLine(e) + "\n"));
        var rows = ParseCsv(csv);
        Assert.Equal(events.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(AcledColumns.Length, r.Count));
        for (var i = 0; i < events.Count; i++)
        {
            Assert.Equal(events[i].EventId, rows[i + 1][0]);
            Assert.Equal(events[i].Notes, rows[i + 1][Array.IndexOf(AcledColumns, "notes")]);
        }
    }
}

public class EventJsonWriterTests
{
    private const string Report =
        "Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib on May 27.  Four soldiers were\nkilled.\n\n" +
        "Pro-government media claimed that 20 militants were killed.";

    [Fact]
    public void OutputParsesAndCarriesDocIdsEvidenceAndClaims()
    {
        var events = TestPipeline.Run(Report, id: "doc-7");
        var e = Assert.Single(events);
        var json = EventJsonWriter.ToJson(e);
        Assert.DoesNotContain('\n', json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["doc-7"], root.GetProperty("doc_ids").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal("Battles", root.GetProperty("event_type").GetString());
        Assert.Equal("Armed clash", root.GetProperty("sub_event_type").GetString());
        Assert.Equal("2020-05-27", root.GetProperty("event_date").GetString());
        Assert.Equal(4, root.GetProperty("fatalities").GetInt32());
        Assert.Equal(2020, root.GetProperty("year").GetInt32());

        var evidence = root.GetProperty("evidence");
        Assert.True(evidence.EnumerateObject().Any());
        var count = 0;
        foreach (var field in evidence.EnumerateObject())
        {
            foreach (var ev in field.Value.EnumerateArray())
            {
                var start = ev.GetProperty("start").GetInt32();
                var end = ev.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, Report.Length);
                Assert.InRange(end, start, Report.Length);
                Assert.Equal("doc-7", ev.GetProperty("doc_id").GetString());
                Assert.Equal(Report.Substring(start, end - start), ev.GetProperty("text").GetString());
                count++;
            }
        }
        Assert.True(count >= 3, $"only {count} evidence spans");

        var claims = root.GetProperty("claims").EnumerateArray().ToList();
        var claim = Assert.Single(claims);
        Assert.Equal("claimed", claim.GetProperty("certainty").GetString());
        Assert.Equal(20, claim.GetProperty("asserts").GetProperty("fatalities").GetInt32());
        var cev = claim.GetProperty("evidence");
        var cs = cev.GetProperty("start").GetInt32();
        Assert.Equal(Report.Substring(cs, cev.GetProperty("end").GetInt32() - cs), cev.GetProperty("text").GetString());
    }

    [Fact]
    public void FatalitiesEvidenceCoversTheWrappedRawText()
    {
        var e = Assert.Single(TestPipeline.Run(Report, id: "doc-7"));
        Assert.True(e.Evidence.TryGetValue("fatalities", out var list));
        Assert.Contains(list, ev => ev.Text.Contains("Four soldiers were\nkilled", StringComparison.Ordinal));
    }

    [Fact]
    public void NullsAndSpecialCharactersAreValidJson()
    {
        var e = new ResolvedEvent
        {
            EventId = "E\"1",
            DocIds = ["a\\b", "c\nd"],
            EventType = "Protests",
            SubEventType = "Peaceful protest",
            Notes = "quote \" backslash \\ tab \t unicode \u00e9 \u2014",
        };
        using var doc = JsonDocument.Parse(EventJsonWriter.ToJson(e));
        var root = doc.RootElement;
        Assert.Equal("E\"1", root.GetProperty("event_id").GetString());
        Assert.Equal(["a\\b", "c\nd"], root.GetProperty("doc_ids").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(e.Notes, root.GetProperty("notes").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("latitude").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("injuries").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("weapon").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("geocoding").ValueKind);
        Assert.Empty(root.GetProperty("claims").EnumerateArray());
    }
}
