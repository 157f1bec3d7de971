namespace Sitrep.Core.Geocoding;

/// <summary>One GeoNames place with its admin names resolved (ACLED spelling where an alias exists).</summary>
public sealed record Place(
    int GeonameId,
    string Name,
    double Latitude,
    double Longitude,
    char FeatureClass,
    string FeatureCode,
    string CountryCode,
    string CountryName,
    string Admin1Code,
    string Admin1Name,
    string Admin2Name,
    long Population) : ISpanFormattable
{
    /// <summary>GeoNames admin2 code (empty when GeoNames has none for the place).</summary>
    public string Admin2Code { get; init; } = string.Empty;

    /// <summary>GeoNames admin3 code (empty when none).</summary>
    public string Admin3Code { get; init; } = string.Empty;

    /// <summary>True for the seat of a country, admin1 or admin2 (PPLC, PPLA, PPLA2).</summary>
    public bool IsAdminSeat => FeatureCode is "PPLC" or "PPLA" or "PPLA2";

    public override string ToString() => $"{Name} ({FeatureCode}, {Admin1Name}, {CountryCode}) #{GeonameId}";

    /// <summary>As <see cref="ToString()"/> (the format and provider change nothing).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>As <see cref="ToString()"/>, written in place: every event's explanation names its winner and runner-up.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        destination.TryWrite($"{Name} ({FeatureCode}, {Admin1Name}, {CountryCode}) #{GeonameId}", out charsWritten);
}

/// <summary>Which level of the admin hierarchy an <see cref="AdminUnit"/> is.</summary>
public enum AdminLevel
{
    Country = 0,
    Admin1 = 1,
    Admin2 = 2,
}

/// <summary>A country, governorate/province/county or district with a centroid computed from its member places.</summary>
public sealed record AdminUnit(
    AdminLevel Level,
    string CountryCode,
    string CountryName,
    string Admin1Code,
    string Admin1Name,
    string Admin2Code,
    string Admin2Name,
    string Name,
    double Latitude,
    double Longitude,
    int MemberCount)
{
    public override string ToString() => $"{Name} ({Level}, {CountryCode})";
}
