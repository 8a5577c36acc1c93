namespace Ecosystem.DataLake.Formats;

public enum FormatMatchKind
{
    /// <summary>Not this handler's format.</summary>
    None,

    /// <summary>This handler's format, in a layout it knows.</summary>
    Match,

    /// <summary>Clearly this source, but a header variant the handler does not know: quarantine, never guess.</summary>
    UnknownVariant,
}

/// <summary>What a handler concluded about a header sample.</summary>
public sealed record FormatMatch(FormatMatchKind Kind, string? Layout = null, string? Reason = null)
{
    public static FormatMatch None { get; } = new(FormatMatchKind.None);

    public static FormatMatch Of(string layout) => new(FormatMatchKind.Match, layout);

    public static FormatMatch Variant(string reason) => new(FormatMatchKind.UnknownVariant, Reason: reason);
}
