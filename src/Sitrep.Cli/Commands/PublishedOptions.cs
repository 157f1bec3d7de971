using System.CommandLine;
using Sitrep.Core.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>The <c>--published</c> and <c>--allow-any-date</c> options, read and checked the same way by every command that takes reports.</summary>
internal sealed class PublishedOptions
{
    /// <summary>The fallback publication date.</summary>
    public Option<string?> Published { get; }

    /// <summary>Lifts the 1900 … tomorrow window on publication dates.</summary>
    public Option<bool> AllowAnyDate { get; } = new("--allow-any-date")
    {
        Description = "Accept publication dates before 1900 or after tomorrow (historical archives). Without it such a report is refused, named on stderr, and the rest are processed.",
    };

    public PublishedOptions(string description) => Published = new Option<string?>("--published") { Description = description };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Published);
        command.Options.Add(AllowAnyDate);
    }

    /// <summary>The date and window asked for, or false after printing why the date is refused (a usage error).</summary>
    public bool TryRead(ParseResult parse, TimeProvider clock, out DateOnly? published, out PublishedWindow window)
    {
        window = parse.GetValue(AllowAnyDate) ? PublishedWindow.Any : PublishedWindow.Default(clock);
        published = null;
        if (parse.GetValue(Published) is not { } p) return true;
        published = DocumentDecoder.ParseDate(p);
        if (published is null)
        {
            Console.Error.WriteLine($"sitrep: --published: not a date: {p} (use YYYY-MM-DD)");
            return false;
        }

        if (window.Problem(published) is { } problem)
        {
            Console.Error.WriteLine($"sitrep: --published: {problem}; give --allow-any-date for historical reports");
            return false;
        }

        return true;
    }
}
