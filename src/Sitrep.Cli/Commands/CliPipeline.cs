using Sitrep.Cli.Input;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>The pipeline a command runs over its inputs: with the user's gazetteer overlays, and interpreted patterns for a short job.</summary>
internal static class CliPipeline
{
    public static SitrepPipeline For(IEnumerable<string> inputs)
    {
        // A short job does not pay two seconds of regex compilation it would never earn back.
        if (DocumentSources.AreSmall(inputs, DocumentSources.ShortJobBytes)) RegexCompilation.Interpreted();
        return SitrepPipeline.CreateDefault(sitrepHome: SitrepHome.Directory());
    }
}
