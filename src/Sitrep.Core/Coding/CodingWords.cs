namespace Sitrep.Core.Coding;

/// <summary>The English patterns the coder's stages read: each row of <c>data/lexicons/en/coding.tsv</c> is a member of this
/// class, built at its first use (the members are generated from the file; see <c>src/Sitrep.Core/LexiconRows.targets</c>).</summary>
internal static partial class CodingWords;
