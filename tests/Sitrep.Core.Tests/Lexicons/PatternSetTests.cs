using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Tests.Lexicons;

public class PatternSetTests
{
    private static PatternSet Parse(string text) => PatternSet.Parse("test.tsv", new StringReader(text));

    [Fact]
    public void ReferencesAreFilledInAndMatchIgnoresCaseUnlessFlagged()
    {
        var set = Parse("noun\tsoldiers?|troops\nkilled\t\\bkilled (?:{noun})\\b\nexact\tUN\tcase\n");
        Assert.Equal(@"\bkilled (?:soldiers?|troops)\b", set.Text("killed"));
        Assert.Matches(set.Regex("killed"), "Gunmen KILLED TROOPS at dawn");
        Assert.DoesNotMatch(set.Regex("exact"), "un");
        Assert.Equal(["soldiers?", "troops"], set.Words("noun"));
        Assert.True(set.WordSet("noun").Contains("TROOPS".AsSpan()));
    }

    [Fact]
    public void MistakesFailWhenTheFileIsRead()
    {
        Assert.Contains("'{missing}'", Assert.Throws<InvalidDataException>(() => Parse("a\tx{missing}\n")).Message);
        Assert.Contains("itself", Assert.Throws<InvalidDataException>(() => Parse("a\t{b}\nb\t{a}\n")).Message);
        Assert.Contains("twice", Assert.Throws<InvalidDataException>(() => Parse("a\tx\na\ty\n")).Message);
        Assert.Contains("unknown flag 'word'", Assert.Throws<InvalidDataException>(() => Parse("a\tx|y\tcase word\n")).Message);
        Assert.Contains("no pattern named 'b'", Assert.Throws<InvalidDataException>(() => Parse("a\tx\n").Regex("b")).Message);
    }

    [Fact]
    public void QuantifiersAreNotReferences()
    {
        var set = Parse("a\t\\w{2,3}\\p{Lu}\n");
        Assert.Matches(set.Regex("a"), "abC");
    }

    [Fact]
    public void TheSharedFragmentsLoad() => Assert.Contains("determiner", PatternSet.Of("fragments.tsv").Names);

    [Theory]
    [InlineData("places.tsv", typeof(Sitrep.Core.Annotation.PlaceAnnotator))]
    [InlineData("dates.tsv", typeof(Sitrep.Core.Annotation.DateAnnotator))]
    public void RowsCompiledAtBuildTimeAreTheRowsAsRead(string file, Type reader)
    {
        // The build step expands {name} itself; it must give the very pattern PatternSet reads, with the same options.
        var set = PatternSet.Of(file);
        var generated = set.Names.Where(n => set.Flags(n).Contains("generated", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(generated);
        foreach (var name in generated)
        {
            var method = string.Concat(name.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            var info = reader.GetMethod(method, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public);
            Assert.True(info is not null, $"{file}: no method {method} for row '{name}'");
            var regex = (System.Text.RegularExpressions.Regex)info!.Invoke(null, null)!;
            Assert.Equal(set.Regex(name).ToString(), regex.ToString());
            Assert.Equal(set.Regex(name).Options & ~System.Text.RegularExpressions.RegexOptions.Compiled, regex.Options & ~System.Text.RegularExpressions.RegexOptions.Compiled);
        }
    }
}
