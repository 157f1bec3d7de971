using System.Text.Json;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Output;

/// <summary>Reads the JSON written by <see cref="EventJsonWriter"/> back into a <see cref="ResolvedEvent"/> (stores keep events as JSON).</summary>
public static class EventJsonReader
{
    /// <summary>Parses one event object; unknown properties are ignored so older readers accept newer records.</summary>
    public static ResolvedEvent Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Read(doc.RootElement);
    }

    /// <summary>Reads an event from an already-parsed JSON object.</summary>
    public static ResolvedEvent Read(JsonElement o)
    {
        string S(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        string? NS(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? I(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        double? D(string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

        var evidence = new Dictionary<string, IReadOnlyList<Evidence>>();
        if (o.TryGetProperty("evidence", out var ev) && ev.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in ev.EnumerateObject())
            {
                evidence[field.Name] = field.Value.EnumerateArray().Select(ReadEvidence).ToList();
            }
        }

        var claims = new List<Claim>();
        if (o.TryGetProperty("claims", out var cl) && cl.ValueKind == JsonValueKind.Array)
        {
            foreach (var c in cl.EnumerateArray())
            {
                var asserts = new Dictionary<string, object?>();
                if (c.TryGetProperty("asserts", out var a) && a.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in a.EnumerateObject())
                    {
                        asserts[p.Name] = p.Value.ValueKind switch
                        {
                            JsonValueKind.Null => null,
                            JsonValueKind.Number when p.Value.TryGetInt32(out var i) => i,
                            JsonValueKind.Number => p.Value.GetDouble(),
                            JsonValueKind.String => p.Value.GetString(),
                            JsonValueKind.True => true,
                            JsonValueKind.False => false,
                            _ => p.Value.GetRawText(),
                        };
                    }
                }

                claims.Add(new Claim(
                    c.GetProperty("source").GetString() ?? "",
                    c.GetProperty("certainty").GetString() ?? "",
                    asserts,
                    ReadEvidence(c.GetProperty("evidence"))));
            }
        }

        GeocodingNote? geocoding = null;
        if (o.TryGetProperty("geocoding", out var g) && g.ValueKind == JsonValueKind.Object)
        {
            geocoding = new GeocodingNote(
                g.GetProperty("chosen").GetString() ?? "",
                g.GetProperty("why").GetString() ?? "",
                g.TryGetProperty("runner_up", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null)
            {
                PlaceId = g.TryGetProperty("place_id", out var pid) && pid.ValueKind == JsonValueKind.String ? pid.GetString() : null,
            };
        }

        MergeNote? merge = null;
        if (o.TryGetProperty("merge", out var m) && m.ValueKind == JsonValueKind.Object)
        {
            merge = new MergeNote(m.GetProperty("why").EnumerateArray().Select(x => x.GetString() ?? "").ToList());
        }

        return new ResolvedEvent
        {
            EventId = S("event_id"),
            DocIds = o.TryGetProperty("doc_ids", out var ids) ? ids.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [],
            EventDate = S("event_date"),
            Year = I("year"),
            TimePrecision = I("time_precision") ?? 1,
            DisorderType = S("disorder_type"),
            EventType = S("event_type"),
            SubEventType = S("sub_event_type"),
            Actor1 = S("actor1"),
            AssocActor1 = S("assoc_actor_1"),
            Inter1 = S("inter1"),
            Actor2 = S("actor2"),
            AssocActor2 = S("assoc_actor_2"),
            Inter2 = S("inter2"),
            Interaction = S("interaction"),
            CivilianTargeting = S("civilian_targeting"),
            Iso = I("iso"),
            Region = S("region"),
            Country = S("country"),
            Admin1 = S("admin1"),
            Admin2 = S("admin2"),
            Admin3 = S("admin3"),
            Location = S("location"),
            Latitude = D("latitude"),
            Longitude = D("longitude"),
            GeoPrecision = I("geo_precision"),
            Source = S("source"),
            SourceScale = S("source_scale"),
            Notes = S("notes"),
            Fatalities = I("fatalities") ?? 0,
            Injuries = I("injuries"),
            Weapon = NS("weapon"),
            Evidence = evidence,
            Claims = claims,
            PrimaryClaim = NS("primary_claim"),
            Classification = NS("classification"),
            Geocoding = geocoding,
            Merge = merge,
            Warnings = o.TryGetProperty("warnings", out var w) ? w.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [],
        };
    }

    private static Evidence ReadEvidence(JsonElement e) => new(
        e.GetProperty("doc_id").GetString() ?? "",
        e.GetProperty("start").GetInt32(),
        e.GetProperty("end").GetInt32(),
        e.GetProperty("text").GetString() ?? "");
}
