namespace Sitrep.Core.Documents;

/// <summary>One report as it arrived: an id, what is known about where and when it was published, and its raw text.</summary>
/// <param name="Id">Stable identifier: the JSONL id, or the file path for a plain file.</param>
/// <param name="Published">Publication date, if known; relative dates resolve against it.</param>
/// <param name="Source">Outlet or publisher name.</param>
/// <param name="Url">Where the document came from, if anywhere.</param>
/// <param name="Text">The raw text. Every evidence offset points into this string.</param>
/// <param name="Title">The headline a page, feed item or PDF gives itself, when it has one (also kept at the top of the text).</param>
public sealed record Document(string Id, DateOnly? Published, string? Source, string? Url, string Text, string? Title = null);
