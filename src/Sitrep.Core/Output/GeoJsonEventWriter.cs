using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Output;

/// <summary>Streams events as one GeoJSON FeatureCollection: a Point per event (null geometry when unplaced), ACLED fields as properties.</summary>
/// <remarks>Evidence and claims are left to JSONL: a map layer wants flat properties that QGIS and Leaflet show as a table,
/// so the properties are the same flat fields the JSONL lines carry.</remarks>
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
        EventJsonWriter.WriteAcledFields(_w, e);
        _w.WriteNumber("source_count", e.DocIds.Count);
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
