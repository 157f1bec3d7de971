using System.Text.Json;
using Sitrep.Core.Text;
using Sitrep.Tests.Shared;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>The texts of every dev-set document in ../shared/eval, for tests that check a fast path against a plain one.</summary>
internal static class DevCorpus
{
    /// <summary>Each document's text as written and as normalised, with the 1-based number of the document it came from.</summary>
    public static IEnumerable<(int Doc, string Text)> Texts()
    {
        var docs = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Shared, "eval"), "docs.jsonl", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0) continue;
                using var json = JsonDocument.Parse(line);
                var raw = json.RootElement.GetProperty("text").GetString() ?? "";
                docs++;
                yield return (docs, raw);
                yield return (docs, TextNormaliser.Normalise(raw).Text);
            }
        }
    }
}
