namespace Sitrep.Cli.Output;

/// <summary>Where a command writes its result file, and whether it may be written beside it and renamed into place.</summary>
public static class OutputPath
{
    /// <summary>
    /// The temporary file to write before renaming it onto <paramref name="output"/>, or null to write the target
    /// directly. A device or process file (<c>-o /dev/null</c>, <c>/dev/stdout</c>, <c>/proc/self/fd/1</c>) must be
    /// written in place: renaming over it would replace the device with a regular file for every program on the machine.
    /// </summary>
    public static string? TemporaryFor(string output)
    {
        var full = Path.GetFullPath(output);
        try
        {
            if (new FileInfo(full).LinkTarget is not null && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target)
                full = target.FullName;
        }
        catch (IOException)
        {
            // A link that cannot be followed is written like any other path.
        }

        return IsSpecial(full) ? null : output + ".partial-" + Environment.ProcessId;
    }

    private static bool IsSpecial(string full) =>
        full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
}
