using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Sitrep.Server;

/// <summary>Serves wwwroot from resources embedded in this assembly, so the page needs no files beside the binary.</summary>
public sealed class EmbeddedAssets : IFileProvider
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;
    private static readonly HashSet<string> Names = new(Assembly.GetManifestResourceNames(), StringComparer.Ordinal);
    // From the build, not the file: a single-file binary has no assembly file to ask.
    private static readonly DateTimeOffset BuiltAt = Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key == "BuiltAt").Select(a => DateTimeOffset.Parse(a.Value!, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault(DateTimeOffset.UnixEpoch);

    public IFileInfo GetFileInfo(string subpath)
    {
        var name = "wwwroot/" + subpath.TrimStart('/');
        return Names.Contains(name) ? new Asset(name) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class Asset(string name) : IFileInfo
    {
        public bool Exists => true;

        public long Length { get; } = LengthOf(name);

        public string? PhysicalPath => null;

        public string Name => Path.GetFileName(name);

        public DateTimeOffset LastModified => BuiltAt;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => Open(name);

        private static Stream Open(string name) => Assembly.GetManifestResourceStream(name)!;

        private static long LengthOf(string name)
        {
            using var s = Open(name);
            return s.Length;
        }
    }
}
