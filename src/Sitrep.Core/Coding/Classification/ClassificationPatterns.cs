namespace Sitrep.Core.Coding;

/// <summary>The patterns the classification rules match against an incident's text: each row of
/// <c>data/lexicons/en/classification.tsv</c> is a member of this class (generated; see <c>src/Sitrep.Core/LexiconRows.targets</c>).</summary>
internal static partial class ClassificationPatterns;
