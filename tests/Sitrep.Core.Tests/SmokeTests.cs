using Sitrep.Core.Text;

namespace Sitrep.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void SpanCover() => Assert.Equal(new TextSpan(1, 9), TextSpan.Cover(new(1, 3), new(5, 9)));
}
