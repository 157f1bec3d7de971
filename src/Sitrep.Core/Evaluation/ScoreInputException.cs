namespace Sitrep.Core.Evaluation;

/// <summary>Bad scorer input (gold CSV or prediction JSONL); the CLI reports it with exit status 2.</summary>
public sealed class ScoreInputException : Exception
{
    /// <summary>Creates the exception with a message that names the file and, where known, the line.</summary>
    public ScoreInputException(string message) : base(message) { }

    /// <summary>Creates the exception wrapping the underlying cause.</summary>
    public ScoreInputException(string message, Exception inner) : base(message, inner) { }
}
