using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Output;

/// <summary>Writes events as JSON objects with ACLED field names first, then Sitrep's own fields.</summary>
public static class EventJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>One event as a single line of JSON (no trailing newline).</summary>
    public static string ToJson(ResolvedEvent e)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options)) Write(w, e);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Writes <paramref name="e"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, ResolvedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("event_id", e.EventId);
        w.WriteStartArray("doc_ids");
        foreach (var d in e.DocIds) w.WriteStringValue(d);
        w.WriteEndArray();
        WriteAcledFields(w, e);
        w.WriteStartObject("evidence");
        foreach (var (field, list) in e.Evidence)
        {
            w.WriteStartArray(field);
            foreach (var ev in list) WriteEvidence(w, ev);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteStartArray("claims");
        foreach (var c in e.Claims)
        {
            w.WriteStartObject();
            w.WriteString("source", c.Source);
            w.WriteString("certainty", c.Certainty);
            w.WriteStartObject("asserts");
            foreach (var (k, v) in c.Asserts)
            {
                switch (v)
                {
                    case null: w.WriteNull(k); break;
                    case int i: w.WriteNumber(k, i); break;
                    case double d: w.WriteNumber(k, d); break;
                    case bool b: w.WriteBoolean(k, b); break;
                    default: w.WriteString(k, v.ToString()); break;
                }
            }
            w.WriteEndObject();
            w.WritePropertyName("evidence");
            WriteEvidence(w, c.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (e.PrimaryClaim is { } pc) w.WriteString("primary_claim", pc); else w.WriteNull("primary_claim");
        if (e.Classification is { } cl) w.WriteString("classification", cl);
        if (e.Geocoding is { } g)
        {
            w.WriteStartObject("geocoding");
            w.WriteString("chosen", g.Chosen);
            w.WriteString("why", g.Why);
            if (g.RunnerUp is { } r) w.WriteString("runner_up", r); else w.WriteNull("runner_up");
            if (g.PlaceId is { } pid) w.WriteString("place_id", pid);
            w.WriteEndObject();
        }
        else w.WriteNull("geocoding");
        if (e.Warnings.Count > 0)
        {
            w.WriteStartArray("warnings");
            foreach (var s in e.Warnings) w.WriteStringValue(s);
            w.WriteEndArray();
        }
        if (e.Merge is { } m)
        {
            w.WriteStartObject("merge");
            w.WriteNumber("sources", e.DocIds.Count);
            w.WriteStartArray("why");
            foreach (var s in m.Why) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary>The flat ACLED fields, event_date to weapon, as properties of the object being written; GeoJSON shares them.</summary>
    public static void WriteAcledFields(Utf8JsonWriter w, ResolvedEvent e)
    {
        w.WriteString("event_date", e.EventDate);
        if (e.Year is { } y) w.WriteNumber("year", y); else w.WriteNull("year");
        w.WriteNumber("time_precision", e.TimePrecision);
        w.WriteString("disorder_type", e.DisorderType);
        w.WriteString("event_type", e.EventType);
        w.WriteString("sub_event_type", e.SubEventType);
        w.WriteString("actor1", e.Actor1);
        w.WriteString("assoc_actor_1", e.AssocActor1);
        w.WriteString("inter1", e.Inter1);
        w.WriteString("actor2", e.Actor2);
        w.WriteString("assoc_actor_2", e.AssocActor2);
        w.WriteString("inter2", e.Inter2);
        w.WriteString("interaction", e.Interaction);
        w.WriteString("civilian_targeting", e.CivilianTargeting);
        if (e.Iso is { } iso) w.WriteNumber("iso", iso); else w.WriteNull("iso");
        w.WriteString("region", e.Region);
        w.WriteString("country", e.Country);
        w.WriteString("admin1", e.Admin1);
        w.WriteString("admin2", e.Admin2);
        w.WriteString("admin3", e.Admin3);
        w.WriteString("location", e.Location);
        if (e.Latitude is { } lat) w.WriteNumber("latitude", lat); else w.WriteNull("latitude");
        if (e.Longitude is { } lon) w.WriteNumber("longitude", lon); else w.WriteNull("longitude");
        if (e.GeoPrecision is { } gp) w.WriteNumber("geo_precision", gp); else w.WriteNull("geo_precision");
        w.WriteString("source", e.Source);
        w.WriteString("source_scale", e.SourceScale);
        w.WriteString("notes", e.Notes);
        w.WriteNumber("fatalities", e.Fatalities);
        if (e.Injuries is { } inj) w.WriteNumber("injuries", inj); else w.WriteNull("injuries");
        if (e.Weapon is { } wp) w.WriteString("weapon", wp); else w.WriteNull("weapon");
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence ev)
    {
        w.WriteStartObject();
        w.WriteString("doc_id", ev.DocId);
        w.WriteNumber("start", ev.Start);
        w.WriteNumber("end", ev.End);
        w.WriteString("text", ev.Text);
        w.WriteEndObject();
    }
}
