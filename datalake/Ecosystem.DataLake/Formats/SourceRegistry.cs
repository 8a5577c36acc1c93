namespace Ecosystem.DataLake.Formats;

/// <summary>Every source handler the lake knows; detection asks each of them about a file's content.</summary>
public sealed class SourceRegistry
{
    private readonly IReadOnlyList<ISourceHandler> _handlers;

    public SourceRegistry(IEnumerable<ISourceHandler> handlers)
    {
        _handlers = handlers.ToList();
        var duplicate = _handlers.GroupBy(handler => handler.Format, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two source handlers claim format '{duplicate.Key}'.", nameof(handlers));
        }
    }

    public IReadOnlyList<ISourceHandler> Handlers => _handlers;

    public ISourceHandler ByFormat(string format) =>
        _handlers.FirstOrDefault(handler => string.Equals(handler.Format, format, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No source handler is registered for format '{format}'.");

    public Detection Detect(HeaderSample sample)
    {
        var matches = new List<(ISourceHandler Handler, FormatMatch Match)>();
        foreach (var handler in _handlers)
        {
            var match = handler.Match(sample);
            if (match.Kind != FormatMatchKind.None)
            {
                matches.Add((handler, match));
            }
        }

        var exact = matches.Where(m => m.Match.Kind == FormatMatchKind.Match).ToList();
        if (exact.Count == 1)
        {
            return new Detection(exact[0].Handler, exact[0].Match.Layout, null, null);
        }

        if (exact.Count > 1)
        {
            return new Detection(null, null, QuarantineReasons.AmbiguousFormat, $"the file matches several formats: {string.Join(", ", exact.Select(m => m.Handler.Format))}");
        }

        if (matches.Count > 0)
        {
            var (handler, match) = matches[0];
            return new Detection(null, null, QuarantineReasons.UnknownHeaderVariant, $"{handler.Format}: {match.Reason}", handler);
        }

        return new Detection(null, null, QuarantineReasons.UnknownFormat, "no source handler recognises this header");
    }
}
