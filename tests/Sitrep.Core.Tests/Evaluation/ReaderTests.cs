using System.Text.Json.Nodes;
using Sitrep.Core.Evaluation;

namespace Sitrep.Core.Tests.Evaluation;

public class ReaderTests
{
    [Fact]
    public void GoldCsvQuotingBomAndTrimmedHeaders()
    {
        var g = GoldReader.Read(new StringReader("\uFEFF event_id_cnty ,notes\r\nA1,\"x, \"\"y\"\"\nz\"\r\n\r\nA2\n"));
        Assert.Equal(2, g.Rows.Count);
        Assert.Equal("x, \"y\"\nz", g.Rows[0]["notes"]);
        Assert.False(g.Rows[1].ContainsKey("notes"));
        Assert.Equal(new[] { "A1", "A2" }, g.AllIds.Order());
    }

    [Fact]
    public void GoldErrors()
    {
        Assert.Contains("empty gold file", Assert.Throws<ScoreInputException>(() => GoldReader.Read(new StringReader(""), "g.csv")).Message);
        Assert.Contains("no event_id_cnty column", Assert.Throws<ScoreInputException>(() => GoldReader.Read(new StringReader("id,x\n1,2\n"), "g.csv")).Message);
    }

    [Fact]
    public void MalformedLinesNamedOrCounted()
    {
        const string jsonl = "{\"doc_id\": \"A1\"}\n\n{not json\n[1, 2]\n{\"doc_ids\": \"A1\"}\n";
        var e = Assert.Throws<ScoreInputException>(() => PredictionReader.Read(new StringReader(jsonl), "p.jsonl"));
        Assert.Contains("p.jsonl: line 3", e.Message);
        var p = PredictionReader.Read(new StringReader(jsonl), "p.jsonl", lenient: true);
        Assert.Equal(3, p.MalformedLines);
        Assert.Single(p.Events);
    }

    [Fact]
    public void DocIdForms()
    {
        var p = PredictionReader.Read(new StringReader(
            "{\"doc_ids\": [\"A\", \" A \", 7], \"doc_id\": \"B\", \"documents\": [{\"id\": \"C\"}, {\"title\": \"t\"}, \"D\", null]}\n"));
        Assert.Equal(new[] { "A", "7", "B", "C", "D" }, p.Events[0].DocIds);
    }

    [Fact]
    public void InMemoryPredictionsScoreLikeJsonl()
    {
        var gold = GoldReader.Read(new StringReader("event_id_cnty,event_type,fatalities\nA1,Battles,3\nA2,Riots,0\n"));
        var objs = new[] { new JsonObject { ["doc_id"] = "A1", ["event_type"] = "battles", ["fatalities"] = 3 } };
        var a = Scorer.Score(gold, PredictionReader.FromJson(objs));
        var b = Scorer.Score(gold, PredictionReader.Read(new StringReader("{\"doc_id\": \"A1\", \"event_type\": \"battles\", \"fatalities\": 3}\n")));
        Assert.Equal(50.0, a.Metrics["coverage"]);
        Assert.Equal(ScoreReportFormatter.ToJson(a), ScoreReportFormatter.ToJson(b));
        Assert.Null(a.Metrics["event_f1"]);
        var t = ThresholdChecker.CheckThresholds(a.Metrics, [Threshold.Parse("coverage=60")], [Threshold.Parse("extra_events=-1")]);
        Assert.Equal(["coverage = 50 is below --min 60", "extra_events = 0 is above --max -1"], t.Failures);
        Assert.Throws<FormatException>(() => Threshold.Parse("no_such_metric=3"));
    }
}
