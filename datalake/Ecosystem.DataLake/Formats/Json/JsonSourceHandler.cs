using System.Text.Json;
using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Manifest;

namespace Ecosystem.DataLake.Formats.Json;

/// <summary>
/// Base of every JSON source (API responses saved by an extractor or downloaded by hand): detection by the
/// document's <see cref="JsonShape"/>, then a pure parser over the parsed document. A row's line number is its
/// 1-based position in the array it came from; a rejected row keeps its JSON text.
/// </summary>
public abstract class JsonSourceHandler<TRow> : SourceHandler<TRow>
    where TRow : class, ILakeRow
{
    /// <summary>API responses are paged and small; a JSON file larger than this is refused rather than held in memory.</summary>
    public const int MaxChars = 64 << 20;

    public sealed override FormatMatch Match(HeaderSample sample) =>
        JsonShape.TryRead(sample, out var shape) ? Match(shape) : FormatMatch.None;

    public abstract FormatMatch Match(JsonShape shape);

    public sealed override IEnumerable<ParsedRow<TRow>> Parse(TextReader reader, ParseContext context)
    {
        var buffer = new char[1 << 16];
        var text = new System.Text.StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + read > MaxChars)
            {
                throw new InvalidDataException($"The JSON document is larger than {MaxChars >> 20} MiB; API responses are expected to be paged.");
            }

            text.Append(buffer, 0, read);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text.ToString(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The file is not valid JSON: {ex.Message}", ex);
        }

        return ParseDocument(document, context);
    }

    /// <summary>The rows of the document, in document order.</summary>
    protected abstract IEnumerable<ParsedRow<TRow>> Parse(JsonElement root, ParseContext context);

    protected static ParsedRow<TRow> Reject(JsonElement element, long index, string reason) =>
        ParsedRow<TRow>.Rejected(RejectedRow.Of(index, reason, element.GetRawText()));

    private IEnumerable<ParsedRow<TRow>> ParseDocument(JsonDocument document, ParseContext context)
    {
        using (document)
        {
            foreach (var row in Parse(document.RootElement, context))
            {
                yield return row;
            }
        }
    }
}
