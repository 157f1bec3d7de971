namespace Sitrep.Core.Geocoding;

/// <summary>One reusable scratch collection of type <typeparamref name="T"/> per thread, for work every report or event repeats.</summary>
/// <remarks>Taken while in use, so a nested call makes its own; the caller clears what it takes back before or after use.</remarks>
internal static class ThreadScratch<T> where T : class
{
    [ThreadStatic]
    private static T? t_free;

    /// <summary>The thread's free instance, or a new one from <paramref name="create"/> when it is taken.</summary>
    public static T Take(Func<T> create)
    {
        var x = t_free ?? create();
        t_free = null;
        return x;
    }

    /// <summary>Gives <paramref name="x"/> back for the thread's next <see cref="Take"/>.</summary>
    public static void Give(T x) => t_free = x;
}
