using System.Text;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Resolution;

/// <summary>The managed SHA-256 behind event ids agrees with the framework's on every length around the block edges.</summary>
public class Sha256Tests
{
    [Fact]
    public void MatchesFrameworkHash()
    {
        var rng = new Random(7);
        for (var n = 0; n <= 300; n++)
        {
            var data = new byte[n];
            rng.NextBytes(data);
            var mine = new byte[Sha256.HashSizeInBytes];
            Sha256.HashData(data, mine);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(data), mine);
        }
    }

    [Fact]
    public void KnownVector()
    {
        var mine = new byte[Sha256.HashSizeInBytes];
        Sha256.HashData(Encoding.ASCII.GetBytes("abc"), mine);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(mine));
    }
}
