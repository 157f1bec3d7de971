using Sitrep.Core.Geocoding;
using Sitrep.Core.Merging;
using Sitrep.Core.Resolution;

namespace Sitrep.Storage.Tests;

/// <summary>The coordinate box of the candidate query holds every point MergePolicy calls near.</summary>
public sealed class CandidateQueryTests
{
    [Fact]
    public void Every_point_within_the_merge_distance_lies_in_the_box()
    {
        var rng = new Random(7);
        var checkedPoints = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Everywhere, but often close to a pole or the antimeridian, where the box is easiest to get wrong.
            var lat = rng.Next(4) == 0 ? Math.CopySign(89.5 + rng.NextDouble() * 0.5, rng.NextDouble() - 0.5) : rng.NextDouble() * 180 - 90;
            var lon = rng.Next(4) == 0 ? Math.CopySign(179.8 + rng.NextDouble() * 0.2, rng.NextDouble() - 0.5) : rng.NextDouble() * 360 - 180;
            var e = new ResolvedEvent { EventId = "x", DocIds = [], EventType = "Battles", SubEventType = "", Latitude = lat, Longitude = lon };
            var box = CandidateQuery.Box(e)!.Value;
            var (plat, plon) = MergeCandidates.Near(rng, lat, lon, MergePolicy.MaxDistanceKm);
            if (plat is < -90 or > 90 || plon is < -180 or > 180) continue;
            if (GeoMath.DistanceKm(lat, lon, plat, plon) > MergePolicy.MaxDistanceKm) continue;
            checkedPoints++;
            Assert.InRange(plat, box.South, box.North);
            if (box.West is { } w && box.East is { } east) Assert.InRange(plon, w, east);
        }

        Assert.True(checkedPoints > 15_000, $"only {checkedPoints} points checked");
    }

    [Fact]
    public void The_box_is_small_enough_to_narrow()
    {
        var e = new ResolvedEvent { EventId = "x", DocIds = [], EventType = "Battles", SubEventType = "", Latitude = 35.9, Longitude = 36.6 };
        var box = CandidateQuery.Box(e)!.Value;
        // About 10 km each way, not the whole map: a point 12 km north is outside.
        Assert.InRange(box.North - box.South, 0.17, 0.2);
        Assert.True(GeoMath.DistanceKm(35.9, 36.6, 36.0081, 36.6) > 12 - 0.1);
        Assert.True(36.0081 > box.North);
        Assert.NotNull(box.West);
        Assert.Null(CandidateQuery.Box(e with { Latitude = null }));
    }
}

/// <summary>The premise of narrowing by admin1 in SQL with an ASCII-only case fold.</summary>
public sealed class AsciiFoldTests
{
    [Fact]
    public void No_non_ascii_character_equals_an_ascii_one_ignoring_case()
    {
        // If one did, a stored admin1 holding it could match an ASCII admin1 in MergePolicy but not in SQL.
        var ascii = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();
        var clashes = new List<string>();
        for (var c = 128; c <= char.MaxValue; c++)
        {
            var s = ((char)c).ToString();
            foreach (var a in ascii)
            {
                if (string.Equals(s, a, StringComparison.OrdinalIgnoreCase)) clashes.Add($"U+{c:X4} ~ {a}");
            }
        }

        Assert.Empty(clashes);
        // The check itself can find a pair: the ASCII letters do ignore case.
        Assert.Equal("Idleb", "IDLEB", ignoreCase: true);
    }
}
