using Sitrep.Core.Acled;

namespace Sitrep.Server;

/// <summary>ACLED's taxonomy as the API serves it (<c>GET /api/taxonomy</c>), from Core's typed vocabulary, and the lookups filters use.</summary>
public static class AcledTaxonomy
{
    /// <summary>Maps <c>GET /api/taxonomy</c>: event types with their sub-event types and definitions, inter codes, precisions, certainties.</summary>
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/taxonomy", () => JsonBody.Result(w =>
    {
        // Every entry is a name and its definition, with what else it carries.
        void Entry(string name, string definition, Action? more = null)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("definition", definition);
            more?.Invoke();
            w.WriteEndObject();
        }

        w.WriteStartObject();
        w.WriteStartArray("event_types");
        foreach (var t in Core.Acled.EventType.All)
        {
            Entry(t.Name, t.Definition, () =>
            {
                w.WriteString("disorder_type", t.Disorder.Name);
                w.WriteStartArray("sub_event_types");
                foreach (var s in Core.Acled.SubEventType.All.Where(s => s.EventType == t)) Entry(s.Name, s.Definition);
                w.WriteEndArray();
            });
        }

        w.WriteEndArray();
        w.WriteStartArray("disorder_types");
        foreach (var d in DisorderType.All) Entry(d.Name, d.Definition);
        w.WriteEndArray();
        w.WriteStartArray("inter_codes");
        foreach (var i in InterCode.All) Entry(i.Name, i.Definition, () => w.WriteNumber("code", i.Code));
        w.WriteEndArray();
        foreach (var (name, table) in new[] { ("time_precision", Precision.Time), ("geo_precision", Precision.Geo) })
        {
            w.WriteStartObject(name);
            foreach (var (code, meaning) in table) w.WriteString(code.ToString(System.Globalization.CultureInfo.InvariantCulture), meaning);
            w.WriteEndObject();
        }

        w.WriteStartArray("certainty");
        foreach (var c in Certainty.All) w.WriteStringValue(c);
        w.WriteEndArray();
        w.WriteEndObject();
    }));

    /// <summary>The canonical spelling of an event type, matched case-insensitively; null when it is not one.</summary>
    public static string? EventType(string value) => Core.Acled.EventType.Find(value)?.Name;

    /// <summary>The canonical spelling of a sub-event type, matched case-insensitively; null when it is not one.</summary>
    public static string? SubEventType(string value) => Core.Acled.SubEventType.Find(value)?.Name;

    /// <summary>The event type names, in ACLED's order, for error messages.</summary>
    public static IEnumerable<string> EventTypeNames => Core.Acled.EventType.All.Select(t => t.Name);
}
