using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>A regex that answers on the interpreter until its compiled form, built and JIT-compiled off the calling thread, is ready.</summary>
/// <remarks>
/// A compiled pattern's matcher is a dynamic method, JIT-compiled with full optimisation on the thread that first runs
/// it. For the long alternations of the casualty and classification rows that took seconds each, and it was half of a
/// batch's first pass: every document waited while the main thread compiled the rows it met. Here the row runs on the
/// interpreter (same answers, slower per character) until it has been asked for <see cref="CompileAfter"/> times; a
/// pool thread then builds the compiled regex and runs it once on a text made of the pattern's own words, so its
/// matcher is JIT-compiled there, and only then is it handed out. A row a batch meets a few times is never compiled.
/// In a short job (<see cref="RegexCompilation.Compiled"/> off) it stays interpreted, as every pattern does.
/// In a ReadyToRun build a bundled pattern runs its build-time matcher (<see cref="TieredRows"/>) instead of a compiled
/// one, from the first use (short jobs included, as <see cref="RegexCompilation.FirstUse"/> does for the other generated
/// patterns) unless the matcher was generated from a rewritten form of the pattern: its code is precompiled, so there is
/// no JIT to move off the thread.
/// </remarks>
internal sealed class TieredRegex
{
    /// <summary>Uses after which a row is compiled in the background.</summary>
    internal const int CompileAfter = 200;

    // Pattern length from which a bundled row runs its generated matcher in a plain build too: the rows whose dynamic
    // method the JIT left unoptimised were 2,307 characters and longer, the longest optimised one 2,148.
    internal const int LargeRow = 2200;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private Regex _current;
    private int _uses;
    private Task? _compiling;

    /// <summary>A row for <paramref name="pattern"/>; compiled later only when <paramref name="options"/> asks for compilation.</summary>
    public TieredRegex(string pattern, RegexOptions options)
    {
        _pattern = pattern;
        _options = options;
        // From the start only when it reads as written: a lazy loop's matcher is generated from its rewritten form
        // (LazyLoops), and readers of the pattern's text (GatedRegex's gate and branches) take it from the first regex
        // handed out. Such a row switches to its generated matcher once hot, as it switched to a compiled one.
        if (RegexCompilation.PrecompiledBuild && Generated(pattern, options) is { } generated && generated.ToString() == pattern)
        {
            _current = generated;
            _uses = int.MaxValue;
            return;
        }
        _current = new Regex(pattern, options & ~RegexOptions.Compiled);
        // Nothing to wait for: the interpreter is all there will be.
        if ((options & RegexOptions.Compiled) == 0) _uses = int.MaxValue;
    }

    /// <summary>The regex to run now: the interpreted one, or the compiled one once it is ready.</summary>
    public Regex Current
    {
        get
        {
            // Counted without a lock: a lost count only delays compiling, and the compare-exchange below starts it once.
            if (_uses < CompileAfter && ++_uses == CompileAfter) Compile();
            return Volatile.Read(ref _current);
        }
    }

    /// <summary>The background compilation once started, for tests to wait on.</summary>
    internal Task? Compiling => Volatile.Read(ref _compiling);

    /// <summary>Starts compiling now rather than after <see cref="CompileAfter"/> uses (tests, and hosts warming up).</summary>
    internal Task Compile()
    {
        if (Volatile.Read(ref _compiling) is { } started) return started;
        var task = new Task(Build);
        if (Interlocked.CompareExchange(ref _compiling, task, null) is { } other) return other;
        if ((_options & RegexOptions.Compiled) == 0)
        {
            task.RunSynchronously();
            return task;
        }
        task.Start(TaskScheduler.Default);
        return task;
    }

    private void Build()
    {
        if ((_options & RegexOptions.Compiled) != 0 && Compiled(_pattern, _options) is { } compiled) Volatile.Write(ref _current, compiled);
    }

    /// <summary>Builds the compiled regex for <paramref name="pattern"/> on a pool thread, JIT-compiles its matcher there, and hands it to <paramref name="ready"/>.</summary>
    /// <remarks><paramref name="ready"/> is not called when the pattern cannot run compiled.</remarks>
    internal static Task CompileOffThread(string pattern, RegexOptions options, Action<Regex> ready) =>
        Task.Run(() =>
        {
            if (Compiled(pattern, options) is { } compiled) ready(compiled);
        });

    /// <summary>The compiled regex for <paramref name="pattern"/>, already run once, or null when only the interpreter can run it.</summary>
    internal static Regex? Compiled(string pattern, RegexOptions options)
    {
        // A precompiled build's own matcher needs no JIT; a plain build keeps the dynamic method, which its JIT compiles
        // once, fully optimised, where a generated one goes through tier 0 and instrumented code first (all 87 rows
        // generated so made a batch's first passes twice as slow). Past the JIT's size limits, though, the dynamic method
        // is compiled with minimal optimisation and never recompiled: the person-word rows (single-headline, single-bare,
        // single-bare-at, over LargeRow characters) ran 3-6 times slower than their generated matcher once tiered up.
        if ((RegexCompilation.PrecompiledBuild || pattern.Length >= LargeRow) && Generated(pattern, options) is { } generated) return generated;
        var compiled = RegexCompilation.Create(pattern, options | RegexOptions.Compiled);
        // Create hands back the interpreter for a loop it cannot unroll.
        if ((compiled.Options & RegexOptions.Compiled) == 0) return null;
        try
        {
            // Running it once JIT-compiles its matcher on this thread, not on the one that next asks.
            foreach (var _ in compiled.EnumerateMatches(WarmText(pattern))) { }
        }
        catch (IndexOutOfRangeException)
        {
            // The compiled engine's fault on some patterns (see PatternLexicon.Interpreted): keep the interpreter.
            return null;
        }
        return compiled;
    }

    /// <summary>The build-time matcher of <paramref name="pattern"/> with <paramref name="options"/>, or null when there is none
    /// or it fails on the pattern's own words (the compiled engines' fault, as in <see cref="Compiled"/>).</summary>
    internal static Regex? Generated(string pattern, RegexOptions options)
    {
        if (TieredRows.Of(pattern, options) is not { } generated) return null;
        try
        {
            foreach (var _ in generated.EnumerateMatches(WarmText(pattern))) { }
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }
        return generated;
    }

    // The pattern's letters and spaces: its literal words in order, so the matcher's start search finds places to try a match.
    private static string WarmText(string pattern)
    {
        var text = new StringBuilder(Math.Min(pattern.Length, 4096));
        foreach (var c in pattern)
        {
            if (text.Length >= 4096) break;
            text.Append(char.IsLetter(c) ? c : ' ');
        }
        return text.Append(".\n").ToString();
    }
}
