using System.Net;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Core.Documents.Formats;

namespace Sitrep.Core.Tests.Documents.Formats;

public class HtmlTextTests
{
    private static Gen<string> Word() =>
        Gen.Choose(1, 9).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzABCZ0129,.'&<>\"-\u00e9\u0627".ToCharArray()), n))
            .Select(cs => new string(cs));

    /// <summary>Paragraphs of words separated by single spaces, as HtmlText should give them back.</summary>
    public static Arbitrary<string[]> Paragraphs() =>
        Gen.Choose(1, 6).SelectMany(p => Gen.ArrayOf(Gen.Choose(1, 12).SelectMany(w => Gen.ArrayOf(Word(), w)).Select(ws => string.Join(' ', ws)), p))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property ParagraphsSurviveAndScriptsAndStylesNeverDo() => Prop.ForAll(Paragraphs(), ps =>
    {
        var html = string.Concat(ps.Select((p, i) =>
            $"<p>\n  {WebUtility.HtmlEncode(p).Replace(" ", i % 2 == 0 ? " " : " \n\t ")}</p><script>var s{i} = \"SCRIPT-{i}\";</script><style>.STYLE-{i} {{ }}</style>"));
        var text = HtmlText.FromHtml(html);
        return text == string.Join("\n\n", ps) && !text.Contains("SCRIPT-") && !text.Contains("STYLE-");
    });

    [Fact]
    public void BreaksListsAndTablesBecomeLinesAndParagraphs()
    {
        var text = HtmlText.FromHtml("<div>Casualties:<br/>two killed<br>five injured</div><ul><li>Idlib</li><li>Hama</li></ul><table><tr><td>Ariha</td><td>3</td></tr><tr><td>Saraqib</td><td>1</td></tr></table><pre>a  b\n c</pre>");
        Assert.Equal("Casualties:\ntwo killed\nfive injured\n\nIdlib\n\nHama\n\nAriha 3\n\nSaraqib 1\n\na  b\nc", text);
    }

    [Fact]
    public void NavigationAndFormsAreNotProse()
    {
        var text = HtmlText.FromHtml("<nav>Home | World</nav><p>Shops <a href='/x'>reopened</a> in Manbij.</p><select><option>Choose</option></select><button>Share</button>");
        Assert.Equal("Shops reopened in Manbij.", text);
    }
}
