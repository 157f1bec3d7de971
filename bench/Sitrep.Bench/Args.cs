using System.Globalization;

namespace Sitrep.Bench;

/// <summary>Plain `--name value` argument parsing for the bench subcommands.</summary>
public sealed class Args(IReadOnlyList<string> items)
{
    /// <summary>The raw arguments after the subcommand.</summary>
    public IReadOnlyList<string> Items => items;

    /// <summary>The value after <paramref name="name"/>, or null.</summary>
    public string? Optional(string name)
    {
        for (var i = 0; i < items.Count - 1; i++)
        {
            if (items[i] == name) return items[i + 1];
        }

        return null;
    }

    /// <summary>The value after <paramref name="name"/>; throws a usage error if absent.</summary>
    public string Required(string name) => Optional(name) ?? throw new ArgumentException($"missing {name}");

    /// <summary>The number after <paramref name="name"/>, or null.</summary>
    public double? OptionalDouble(string name) =>
        Optional(name) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : null;

    /// <summary>Whether the bare flag <paramref name="name"/> is present.</summary>
    public bool Has(string name) => items.Contains(name);
}
