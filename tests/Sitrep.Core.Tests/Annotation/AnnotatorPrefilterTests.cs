using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Annotation;

/// <summary>The cheap checks that skip regex attempts must never skip a position where the regex would match.</summary>
public class AnnotatorPrefilterTests
{
    // Words the patterns spell, near-misses of them, names, numbers and punctuation, so that generated texts hit
    // every alternative and the edges of the checks.
    private static readonly string[] Pieces =
    [
        "in", "In", "at", "At", "the", "The", "of", "near", "nearby", "outskirts", "on", "edge", "to", "To", "just", "north", "North",
        "northern", "Northern", "north-east", "northeast", "southwestern", "central", "Central", "Westminster", "east", "of the",
        "town", "village", "villages", "city", "province", "governorate", "county", "sub-county", "subdistrict", "district", "neighbourhood",
        "neighborhood", "countryside", "rural", "Rural", "rural areas", "desert", "area", "areas", "region", "camp", "refugee camp",
        "residents", "villagers", "locals", "inhabitants", "townspeople", "and", "&", "km", "kms", "kilometres", "miles", "mile",
        "12", "3.5", "1,200", "2017", "al-", "al", "Al", "el", "ash-", "bin", "abu", "ez-Zor", "Deir", "Idlib", "Bab", "Jisr", "al-Shughur",
        "Ras", "Kafr Nabl", "IED", "HQ", "Islamic State", "morning", "killed", "fighters", "Monday", "May", "Sunday", "yesterday", "last",
        "a", "an", "at least", "more than", "two", "dozens of", "twenty-one", "hundreds", "several", "people", "civilians", "were", "was",
        "killing", "wounded", "injured", "dead", "died", "death toll", "rose to", "bodies", "kidnapped", "arrested", "assassinated",
        "early", "mid", "late", "end of", "Jan.", "Sept", "September", "this week", "days ago", "weekend", "over", "27th", "1st",
        "(", ")", ",", ".", ";", "'s", "'", "`", "-", "—", "É", "ſ", "\u212A",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "", "-", "\n", "  ", "\t", ", "];

    public static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Elements(Pieces).Zip(Gen.Elements(Gaps)).Select(p => p.Item1 + p.Item2))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property PlaceCheckNeverSkipsAMatch() => Prop.ForAll(Texts(), text =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var m = PlaceAnnotator.PlacePatternAt().Match(text, i);
            if (m.Success && m.Length > 0 && !PlaceAnnotator.MayMatch(text, i)) return false.Label($"skipped '{m.Value}' at {i} in '{text}'");
        }
        return true.ToProperty();
    });

    [Theory]
    [InlineData("fighting in the morning", 0, false)]
    [InlineData("fighting in the town of Saraqib", 9, true)]
    [InlineData("in the outskirts of al-Bab", 0, true)]
    [InlineData("The army advanced", 0, false)]
    [InlineData("Jamhuri residents protest", 0, true)]
    [InlineData("Northern Idlib", 0, true)]
    [InlineData("12 km north of Raqqa", 0, true)]
    [InlineData("12 people", 0, false)]
    [InlineData("Olpusimo (Narok).", 9, true)]
    [InlineData("Olpusimo, the", 8, false)]
    public void PlaceCheckExamples(string text, int at, bool may) => Assert.Equal(may, PlaceAnnotator.MayMatch(text, at));
}
