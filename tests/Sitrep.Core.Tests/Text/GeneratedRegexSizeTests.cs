using System.Reflection;
using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Text;

/// <summary>Every source-generated regex matcher stays small enough for the JIT to optimise.</summary>
/// <remarks>
/// Past the JIT's size limits a method is compiled without optimisation (MinOpts) for good: the place pattern as one
/// alternation (139 KB of IL) and the toll pattern (39 KB) ran that way and cost the pipeline a fifth of its time.
/// The largest matcher that was seen optimised is about 26 KB; this bound leaves room but fails long before 39 KB.
/// </remarks>
public class GeneratedRegexSizeTests
{
    private const int MaxIlBytes = 32_000;

    [Fact]
    public void NoGeneratedMatcherIsTooLargeToOptimise()
    {
        var core = typeof(PlaceAnnotator).Assembly;
        // A Debug build's IL is larger and its JIT never optimises, so the bound speaks of Release builds, which
        // `.ci/run` and the benchmarks use; under Debug the bound is the same check on a looser, Debug-sized limit.
        var optimised = core.GetCustomAttribute<System.Diagnostics.DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
        var limit = optimised ? MaxIlBytes : MaxIlBytes * 2;
        var matchers = core.GetTypes()
            .Where(t => t.FullName?.StartsWith("System.Text.RegularExpressions.Generated.", StringComparison.Ordinal) == true)
            .Select(t => (Type: t, Method: t.GetMethod("TryMatchAtCurrentPosition", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)))
            .Where(x => x.Method is not null)
            .Select(x => (Name: x.Type.FullName!, Size: x.Method!.GetMethodBody()!.GetILAsByteArray()!.Length))
            .ToList();
        // The place pattern alone has eight matchers; finding none would mean the lookup no longer sees them.
        Assert.True(matchers.Count >= 20, $"found only {matchers.Count} generated matchers");
        var tooLarge = matchers.Where(m => m.Size > limit).Select(m => $"{m.Name}: {m.Size} bytes").ToList();
        Assert.True(tooLarge.Count == 0, "too large to optimise: " + string.Join("; ", tooLarge));
    }
}
