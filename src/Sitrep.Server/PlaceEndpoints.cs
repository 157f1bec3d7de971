using System.Globalization;
using Sitrep.Core.Geocoding;

namespace Sitrep.Server;

/// <summary>Place names for the map's labels, from the bundled gazetteer: the largest places in the view, so more appear as it zooms in.</summary>
public static class PlaceEndpoints
{
    /// <summary>Most labels one request may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>Maps <c>GET /api/places?bbox=w,s,e,n&amp;limit=N</c>.</summary>
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/places", Places);

    private static IResult Places(HttpContext context)
    {
        var query = context.Request.Query;
        foreach (var key in query.Keys)
        {
            if (key is not ("bbox" or "limit")) throw ApiError.BadRequest($"unknown parameter '{key}'; expected bbox, limit");
        }

        var (w, s, e, n) = EventQuery.Bbox(query["bbox"].ToString() is { Length: > 0 } b ? b : throw ApiError.BadRequest("bbox=west,south,east,north is required"));
        var limit = EventQuery.Limit(query["limit"].ToString() is { Length: > 0 } l ? l : null, 40, MaxLimit);

        var places = Gazetteer.LoadBundled().Largest(w, s, e, n, limit);
        return JsonBody.Result(j =>
        {
            j.WriteStartObject();
            j.WriteString("attribution", "GeoNames (geonames.org), Who's On First (whosonfirst.org), CC BY 4.0");
            j.WriteStartArray("places");
            foreach (var p in places)
            {
                j.WriteStartObject();
                j.WriteString("name", p.Name);
                j.WriteNumber("latitude", Math.Round(p.Latitude, 4));
                j.WriteNumber("longitude", Math.Round(p.Longitude, 4));
                j.WriteNumber("population", p.Population);
                j.WriteString("feature_code", p.FeatureCode);
                j.WriteString("country_code", p.CountryCode);
                j.WriteEndObject();
            }

            j.WriteEndArray();
            j.WriteEndObject();
        });
    }
}
