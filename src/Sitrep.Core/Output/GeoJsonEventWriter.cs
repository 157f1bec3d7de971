using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Output;

/// <summary>Streams events as one GeoJSON FeatureCollection: a Point per event (null geometry when unplaced), ACLED fields as properties.</summary>
/// <remarks>Evidence and claims are left to JSONL: a map layer wants flat properties that QGIS and Leaflet show as a table.</remarks>
public sealed class GeoJsonEventWriter : IDisposable
{
    private readonly Utf8JsonWriter _w;

    /// <summary>Starts the collection on <paramref name="output"/>.</summary>
    public GeoJsonEventWriter(Stream output)
    {
        _w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _w.WriteStartObject();
        _w.WriteString("type", "FeatureCollection");
        _w.WriteStartArray("features");
    }

    /// <summary>Adds one event as a Feature.</summary>
    public void Write(ResolvedEvent e)
    {
        _w.WriteStartObject();
        _w.WriteString("type", "Feature");
        _w.WriteString("id", e.EventId);
        if (e.Latitude is { } lat && e.Longitude is { } lon)
        {
            _w.WriteStartObject("geometry");
            _w.WriteString("type", "Point");
            _w.WriteStartArray("coordinates");
            // GeoJSON is longitude first (RFC 7946).
            _w.WriteNumberValue(lon);
            _w.WriteNumberValue(lat);
            _w.WriteEndArray();
            _w.WriteEndObject();
        }
        else
        {
            _w.WriteNull("geometry");
        }

        _w.WriteStartObject("properties");
        _w.WriteString("event_id", e.EventId);
        _w.WriteString("event_date", e.EventDate);
        _w.WriteNumber("time_precision", e.TimePrecision);
        _w.WriteString("event_type", e.EventType);
        _w.WriteString("sub_event_type", e.SubEventType);
        _w.WriteString("actor1", e.Actor1);
        _w.WriteString("actor2", e.Actor2);
        _w.WriteString("country", e.Country);
        _w.WriteString("admin1", e.Admin1);
        _w.WriteString("admin2", e.Admin2);
        _w.WriteString("location", e.Location);
        if (e.GeoPrecision is { } gp) _w.WriteNumber("geo_precision", gp); else _w.WriteNull("geo_precision");
        _w.WriteNumber("fatalities", e.Fatalities);
        if (e.Injuries is { } inj) _w.WriteNumber("injuries", inj); else _w.WriteNull("injuries");
        _w.WriteString("source", e.Source);
        _w.WriteNumber("source_count", e.DocIds.Count);
        _w.WriteString("notes", e.Notes);
        _w.WriteEndObject();
        _w.WriteEndObject();
        // Flushed per feature so a million-event export never holds more than one feature in memory.
        if (_w.BytesPending > 1 << 16) _w.Flush();
    }

    /// <summary>Closes the collection and flushes.</summary>
    public void Dispose()
    {
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.Flush();
        _w.Dispose();
    }
}
