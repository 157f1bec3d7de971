namespace Sitrep.Core.Documents;

/// <summary>Why a document could not be read: which document (and line), and a one-line reason.</summary>
public sealed record DocumentProblem(string Document, int? Line, string Reason)
{
    public override string ToString() => Line is { } l ? $"{Document}:{l}: {Reason}" : $"{Document}: {Reason}";
}

/// <summary>Either a document or the problem that stopped it.</summary>
public readonly record struct DocumentResult(Document? Document, DocumentProblem? Problem)
{
    /// <summary>Something about a document that was read that the user should check (e.g. how its bytes were decoded).</summary>
    public string? Warning { get; init; }

    public static DocumentResult Ok(Document d) => new(d, null);
    public static DocumentResult Fail(string document, int? line, string reason) => new(null, new DocumentProblem(document, line, reason));
}
