using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

/// <summary>The binary-search lookup of a sentence's mentions gives what a scan of the whole list gives, in the same order.</summary>
public sealed class SpanIndexTests
{
    [Theory]
    [InlineData(10, 1)]
    [InlineData(300, 2)]
    [InlineData(5000, 3)]
    public void Finds_every_item_starting_in_the_span_in_list_order(int count, int seed)
    {
        var random = new Random(seed);
        // Out of text order on purpose, with repeated starts: the list order must survive.
        var items = Enumerable.Range(0, count).Select(i => (Id: i, Start: random.Next(0, count * 3))).ToList();
        for (var trial = 0; trial < 200; trial++)
        {
            var a = random.Next(0, count * 3);
            var span = new TextSpan(a, a + random.Next(0, 60));
            var expected = items.Where(x => x.Start >= span.Start && x.Start <= span.End).ToList();
            var found = SpanIndex.StartingIn(items, span, static x => x.Start).Where(x => x.Start >= span.Start && x.Start <= span.End).ToList();
            Assert.Equal(expected, found);
        }
    }
}
