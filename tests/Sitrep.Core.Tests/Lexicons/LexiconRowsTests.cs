using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>Every row of a file the project lists as <c>LexiconRowsFile</c> is a member of its reader, typed as its flags say,
/// and reads the very row PatternSet reads, with its references filled in the same way (LexiconRows.targets generates the
/// members at build time, a Regex row as a [GeneratedRegex]).</summary>
public class LexiconRowsTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        }
        Assert.Fail($"repository root (Sitrep.slnx) not found above {AppContext.BaseDirectory}");
        return "";
    }

    public static TheoryData<string, string> Files()
    {
        var project = Path.Combine(RepoRoot(), "src", "Sitrep.Core", "Sitrep.Core.csproj");
        var data = new TheoryData<string, string>();
        foreach (var item in XDocument.Load(project).Descendants("LexiconRowsFile"))
            data.Add(Path.GetFileName((string)item.Attribute("Include")!), (string)item.Attribute("Class")!);
        return data;
    }

    [Fact]
    public void TheProjectListsTheCodersAndAnnotatorsFiles() =>
        Assert.Superset(new HashSet<string> { "coding.tsv", "classification.tsv", "roles.tsv", "casualties.tsv", "dates.tsv", "places.tsv" },
            Files().Select(r => (string)r[0]).ToHashSet());

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryRowIsAMemberOfItsReader(string file, string className)
    {
        var type = typeof(PatternSet).Assembly.GetType(className);
        Assert.NotNull(type);
        var set = PatternSet.Of(file);
        var rows = LexiconFile.Read(file).Select(r => (Name: r.Cells.Cell(0), Flags: r.Cells.Cell(2).Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.NotEmpty(rows);
        foreach (var (name, flags) in rows)
        {
            if (flags.Contains("generated")) continue;
            var member = string.Concat(name.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            var property = type.GetProperty(member, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);
            Assert.True(property is not null, $"{file}: row '{name}' has no member {className}.{member}");
            var value = property.GetValue(null);
            switch (flags.FirstOrDefault(f => f is "words" or "wordset" or "text" or "gated"))
            {
                case "words": Assert.Equal(set.Words(name), Assert.IsType<string[]>(value)); break;
                case "wordset":
                    var words = Assert.IsType<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>>(value);
                    Assert.All(set.Words(name), w => Assert.True(words.Contains(w.ToUpperInvariant().AsSpan()), $"{name}: {w}"));
                    break;
                case "text": Assert.Equal(set.Text(name), Assert.IsType<string>(value)); break;
                case "gated": Assert.IsType<GatedRegex>(value); break;
                default:
                    // The pattern PatternSet builds (lazy loops unrolled when compiled), with the options its flags give.
                    var expected = set.Regex(name);
                    var regex = Assert.IsType<Regex>(value, exactMatch: false);
                    Assert.True(expected.ToString() == regex.ToString() || LazyLoops.Unroll(regex.ToString(), regex.Options) == expected.ToString(),
                        $"{file}: row '{name}' reads another pattern than PatternSet's");
                    Assert.Equal(expected.Options & ~RegexOptions.Compiled, regex.Options & ~RegexOptions.Compiled);
                    break;
            }
        }
    }
}
