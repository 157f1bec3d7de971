using System.Reflection;
using System.Text.RegularExpressions;
using Sitrep.Core.Annotation;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>A short job without precompiled code runs the source-generated patterns on the interpreter: same answers, no JIT.</summary>
public class RegexCompilationTests
{
    // Every [GeneratedRegex] method of Sitrep.Core that the pipeline reaches through RegexCompilation.FirstUse.
    private static List<(string Name, Regex Generated)> GeneratedRegexes() =>
        typeof(CasualtyAnnotator).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && m.Name.EndsWith("Generated", StringComparison.Ordinal))
            .Select(m => ($"{m.DeclaringType!.Name}.{m.Name}", (Regex)m.Invoke(null, null)!))
            .ToList();

    [Fact]
    public void AShortJobWithoutPrecompiledCodeGetsTheSamePatternInterpretedAndMadeOnce()
    {
        var generated = GeneratedRegexes().Single(r => r.Name == "CasualtyAnnotator.VerbThenCountGenerated").Generated;
        if (RegexCompilation.Compiled) Assert.Same(generated, RegexCompilation.FirstUse(generated));
        var interpreted = RegexCompilation.InterpretedCopy(generated);
        Assert.NotSame(generated, interpreted);
        Assert.Equal(generated.ToString(), interpreted.ToString());
        Assert.Equal(generated.Options, interpreted.Options);
        Assert.False(interpreted.Options.HasFlag(RegexOptions.Compiled));
        Assert.Same(interpreted, RegexCompilation.InterpretedCopy(generated));
    }

    [Fact]
    public void ReadyToRunCodeIsToldFromPlainIl()
    {
        // The runtime's own library ships precompiled; this test's build of Sitrep.Core does not.
        Assert.True(RegexCompilation.IsPrecompiled(typeof(object).Assembly.Location));
        Assert.False(RegexCompilation.IsPrecompiled(typeof(CasualtyAnnotator).Assembly.Location));
        Assert.True(RegexCompilation.IsPrecompiled(Path.Combine(Path.GetTempPath(), "no-such-assembly-" + Guid.NewGuid() + ".dll")));
    }

    [Fact]
    public void TheHeaderReadingAgreesWithPeReader()
    {
        // Every assembly of the runtime (ReadyToRun) and of this test's folder (mostly plain IL), and the /proc files no PE reader reads.
        var files = Directory.EnumerateFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")).Append("/proc/self/status").ToList();
        var both = new[] { 0, 0 };
        foreach (var file in files)
        {
            bool expected;
            try
            {
                using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(file));
                expected = pe.PEHeaders.CorHeader is not { } cor || cor.ManagedNativeHeaderDirectory.Size != 0;
            }
            catch (BadImageFormatException)
            {
                expected = true;
            }
            Assert.True(expected == RegexCompilation.IsPrecompiled(file), file);
            both[expected ? 1 : 0]++;
        }
        Assert.True(both[0] > 0 && both[1] > 0, "both kinds were checked");
    }

    [Fact]
    public void EveryGeneratedPatternIsReachedThroughFirstUse()
    {
        var regexes = GeneratedRegexes();
        // The casualty, place, date and URL patterns; finding few would mean the lookup no longer sees them.
        Assert.True(regexes.Count >= 25, $"found only {regexes.Count}: {string.Join(", ", regexes.Select(r => r.Name))}");
        var bare = typeof(CasualtyAnnotator).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && !m.Name.EndsWith("Generated", StringComparison.Ordinal)
                && m.DeclaringType!.Namespace is "Sitrep.Core.Annotation" or "Sitrep.Core.Text")
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.True(bare.Count == 0, "generated patterns of the pipeline not reached through FirstUse: " + string.Join(", ", bare));
    }

    [Fact]
    public void InterpretedTwinsMatchWhatTheGeneratedMatchersMatchOnDevDocuments()
    {
        var pairs = GeneratedRegexes().Select(r => (r.Name, r.Generated, Interpreted: new Regex(r.Generated.ToString(), r.Generated.Options))).ToList();
        var problems = new List<string>();
        var texts = 0;
        void Compare(string name, Match a, Match b, int doc, int at)
        {
            if (a.Success != b.Success || a.Index != b.Index || a.Length != b.Length || a.Groups.Count != b.Groups.Count)
            {
                problems.Add($"{name} in doc {doc} at {at}");
                return;
            }
            for (var g = 0; g < a.Groups.Count; g++)
                if (a.Groups[g].Success != b.Groups[g].Success || a.Groups[g].Index != b.Groups[g].Index || a.Groups[g].Length != b.Groups[g].Length)
                    problems.Add($"{name} group {g} in doc {doc} at {at}");
        }

        // A sample of the dev documents, as written and normalised. Anchored (\G) patterns are tried at every position of
        // the first 3,000 characters, as the annotators try them at candidate positions; the others scan the whole text.
        foreach (var (doc, text) in DevCorpus.Texts().Where(x => x.Doc % 199 == 1))
        {
            texts++;
            foreach (var (name, generated, interpreted) in pairs)
            {
                if (!generated.ToString().StartsWith(@"\G", StringComparison.Ordinal))
                {
                    var (all, twins) = (generated.Matches(text), interpreted.Matches(text));
                    if (all.Count != twins.Count) problems.Add($"{name} in doc {doc}: {all.Count} matches, interpreted {twins.Count}");
                    else for (var i = 0; i < all.Count; i++) Compare(name, all[i], twins[i], doc, all[i].Index);
                    continue;
                }
                for (var at = 0; at < Math.Min(text.Length, 3000); at++) Compare(name, generated.Match(text, at), interpreted.Match(text, at), doc, at);
            }
        }
        Assert.True(texts >= 50, $"only {texts} dev texts: is ../shared/eval there?");
        Assert.True(problems.Count == 0, string.Join("; ", problems.Take(20)));
    }
}
